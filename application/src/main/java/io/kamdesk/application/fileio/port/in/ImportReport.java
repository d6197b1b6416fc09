package io.kamdesk.application.fileio.port.in;

import java.util.List;

/**
 * What an import did (or, for a dry run, would do). {@code processed} counts data rows read, and
 * every one of them is accounted for: a row either failed ({@code rowsFailed}, its problems in
 * {@code errors}) or was written, creating, updating or leaving unchanged its customer (a customers
 * import) or its bill (a bills import). A bills import counts the customers its rows created apart.
 * {@code cancelled}: the import was stopped by a cancel before its last row; the batches committed
 * before it stay, unless the import was all-or-nothing.
 */
public record ImportReport(long processed, long customersCreated, long customersUpdated, long billsCreated,
        long billsUpdated, long rowsFailed, List<RowProblem> errors, boolean written, boolean cancelled) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** A report whose failed rows are those its problems name (every problem reported). */
    public ImportReport(long processed, long customersCreated, long customersUpdated, long billsCreated,
            long billsUpdated, List<RowProblem> errors, boolean written) {
        this(processed, customersCreated, customersUpdated, billsCreated, billsUpdated,
                errors.stream().mapToInt(RowProblem::row).distinct().count(), errors, written, false);
    }

    public boolean success() {
        return errors.isEmpty() && !cancelled;
    }

    /** Rows of a customers import that found their customer stored exactly as the row has it. */
    public long customersUnchanged() {
        return processed - customersCreated - customersUpdated - rowsFailed;
    }

    /** Rows of a bills import that found their bill stored exactly as the row has it. */
    public long billsUnchanged() {
        return processed - billsCreated - billsUpdated - rowsFailed;
    }
}
