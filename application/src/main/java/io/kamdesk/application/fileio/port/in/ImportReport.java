package io.kamdesk.application.fileio.port.in;

import java.util.List;

/**
 * What an import did (or, for a dry run, would do). {@code processed} counts data rows read;
 * customers and bills created and updated are counted separately; rows whose data was already
 * stored unchanged are counted in neither.
 */
public record ImportReport(long processed, long customersCreated, long customersUpdated, long billsCreated,
        long billsUpdated, List<RowProblem> errors, boolean written) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean success() {
        return errors.isEmpty();
    }
}
