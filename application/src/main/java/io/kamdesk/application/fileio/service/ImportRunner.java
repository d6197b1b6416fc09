package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.ImportRequest;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.TabularRows;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.shared.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The import pipeline shared by customers and bills: streams rows from the file and writes them in
 * batches, each row inside a savepoint of its batch's transaction so a bad row never leaves half of
 * itself behind and never spoils its neighbours. Default mode commits each batch (a crash loses at
 * most the open batch, whole rows only); atomic mode and dry runs use one transaction for the file,
 * rolled back on any error (atomic) or always (dry run).
 */
final class ImportRunner {

    static final int BATCH_SIZE = 500;
    private static final int MAX_REPORTED_PROBLEMS = 10_000;

    private final TabularReader reader;
    private final Transactions transactions;
    private final TabularReader.ReadLimits limits;

    ImportRunner(TabularReader reader, Transactions transactions, TabularReader.ReadLimits limits) {
        this.reader = reader;
        this.transactions = transactions;
        this.limits = limits;
    }

    /** {@code writerFor} builds, from the header row, the writer of each data row. */
    ImportReport run(ImportRequest request, Function<TabularRow, Function<TabularRow, RowOutcome>> writerFor) {
        try (TabularRows rows = reader.open(request.content(), limits)) {
            if (!rows.hasNext()) {
                throw new UnreadableFileException("The file is empty: the first row must name the columns.");
            }
            Function<TabularRow, RowOutcome> writer = writerFor.apply(rows.next());
            Progress progress = new Progress(request);
            if (request.atomic() || request.dryRun()) {
                return allOrNothing(rows, writer, progress, request.dryRun());
            }
            while (rows.hasNext()) {
                transactions.run(() -> batch(rows, writer, progress));
            }
            return progress.report(true);
        }
    }

    private ImportReport allOrNothing(TabularRows rows, Function<TabularRow, RowOutcome> writer, Progress progress,
            boolean dryRun) {
        try {
            transactions.run(() -> {
                while (rows.hasNext()) {
                    batch(rows, writer, progress);
                }
                if (dryRun || !progress.problems.isEmpty()) {
                    throw new Undo();
                }
            });
            return progress.report(true);
        } catch (Undo undone) {
            return dryRun ? progress.report(false) : progress.nothingWritten();
        }
    }

    private void batch(TabularRows rows, Function<TabularRow, RowOutcome> writer, Progress progress) {
        for (int n = 0; n < BATCH_SIZE && rows.hasNext(); n++) {
            TabularRow row = rows.next();
            if (row.isBlank()) {
                continue;
            }
            try {
                progress.done(transactions.nested(() -> writer.apply(row)));
            } catch (RowUnchanged unchanged) {
                progress.done(RowOutcome.UNCHANGED);
            } catch (RowFailure failure) {
                progress.failed(failure.problems());
            }
        }
    }

    /** Unwinds the file's transaction without a failure of its own. */
    private static final class Undo extends RuntimeException {
        Undo() {
            super(null, null, false, false);
        }
    }

    private static final class Progress {
        private final ImportRequest request;
        private final List<RowProblem> problems = new ArrayList<>();
        private long processed;
        private RowOutcome totals = RowOutcome.UNCHANGED;

        Progress(ImportRequest request) {
            this.request = request;
        }

        void done(RowOutcome outcome) {
            totals = totals.plus(outcome);
            step();
        }

        void failed(List<RowProblem> rowProblems) {
            rowProblems.stream().limit(Math.max(0, MAX_REPORTED_PROBLEMS - problems.size())).forEach(problems::add);
            step();
        }

        private void step() {
            processed++;
            request.progress().rowsProcessed(processed);
        }

        ImportReport report(boolean written) {
            return new ImportReport(processed, totals.customersCreated(), totals.customersUpdated(),
                    totals.billsCreated(), totals.billsUpdated(), problems, written);
        }

        ImportReport nothingWritten() {
            return new ImportReport(processed, 0, 0, 0, 0, problems, false);
        }
    }
}
