package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.TabularRows;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The import pipeline shared by customers and bills: streams rows from the file and writes them in
 * batches of {@value #BATCH_SIZE} rows. A batch is written in bulk inside a savepoint of its
 * transaction, bad rows reported and left out whole. When the database refuses the bulk write (a
 * concurrent writer took an e-mail or link id meanwhile), the batch is written again row by row, each
 * row in a savepoint of its own, so that the refused row is reported and never spoils its neighbours. Default mode commits each batch (a crash loses at most the open batch, whole rows
 * only); atomic mode and dry runs use one transaction for the file, rolled back on any error
 * (atomic) or always (dry run).
 */
final class ImportRunner {

    static final int BATCH_SIZE = 1000;
    private static final int MAX_REPORTED_PROBLEMS = 10_000;

    private final TabularReader reader;
    private final Transactions transactions;
    private final TabularReader.ReadLimits limits;

    ImportRunner(TabularReader reader, Transactions transactions, TabularReader.ReadLimits limits) {
        this.reader = reader;
        this.transactions = transactions;
        this.limits = limits;
    }

    /** {@code writerFor} builds, from the header row, the writer of the data rows. */
    ImportReport run(ImportFileCommand request, Function<TabularRow, SheetWriter> writerFor) {
        FileNames.requireSpreadsheetName(request.fileName());
        try (TabularRows rows = reader.open(request.content(), limits)) {
            if (!rows.hasNext()) {
                throw new UnreadableFileException(FileProblem.NO_HEADER);
            }
            SheetWriter writer = writerFor.apply(rows.next());
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

    private ImportReport allOrNothing(TabularRows rows, SheetWriter writer, Progress progress,
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

    private void batch(TabularRows rows, SheetWriter writer, Progress progress) {
        List<TabularRow> batch = new ArrayList<>(BATCH_SIZE);
        while (batch.size() < BATCH_SIZE && rows.hasNext()) {
            TabularRow row = rows.next();
            if (!row.isBlank()) {
                batch.add(row);
            }
        }
        List<RowResult> results;
        try {
            results = transactions.nested(() -> writer.writeAll(batch));
        } catch (RuntimeException refusedInBulk) {
            results = batch.stream().map(row -> alone(row, writer)).toList();
        }
        results.forEach(progress::done);
    }

    private RowResult alone(TabularRow row, SheetWriter writer) {
        try {
            return transactions.nested(() -> writer.writeAll(List.of(row))).getFirst();
        } catch (DomainException refusal) {
            return writer.refused(row, refusal);
        }
    }

    /** Unwinds the file's transaction without a failure of its own. */
    private static final class Undo extends RuntimeException {
        Undo() {
            super(null, null, false, false);
        }
    }

    private static final class Progress {
        private final ImportFileCommand request;
        private final List<RowProblem> problems = new ArrayList<>();
        private long processed;
        private long failed;
        private RowOutcome totals = RowOutcome.UNCHANGED;

        Progress(ImportFileCommand request) {
            this.request = request;
        }

        void done(RowResult result) {
            totals = totals.plus(result.outcome());
            if (!result.problems().isEmpty()) {
                failed++;
            }
            result.problems().stream().limit(Math.max(0, MAX_REPORTED_PROBLEMS - problems.size()))
                    .forEach(problems::add);
            processed++;
            request.progress().rowsProcessed(processed);
        }

        ImportReport report(boolean written) {
            return new ImportReport(processed, totals.customersCreated(), totals.customersUpdated(),
                    totals.billsCreated(), totals.billsUpdated(), failed, problems, written);
        }

        /** Atomic mode with a bad row: no row changed anything. */
        ImportReport nothingWritten() {
            return new ImportReport(processed, 0, 0, 0, 0, failed, problems, false);
        }
    }
}
