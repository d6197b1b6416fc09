package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.port.out.FileActivity;
import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.TabularRows;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.fileio.ImportCounts;
import io.kamdesk.domain.fileio.SheetKind;
import io.kamdesk.domain.shared.DomainException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The import pipeline shared by customers and bills: streams rows from the file and writes them in
 * batches of {@value #BATCH_SIZE} rows. A batch is written in bulk inside a savepoint of its
 * transaction, bad rows reported and left out whole. When the database refuses the bulk write (a
 * concurrent writer took an e-mail or link id meanwhile), the batch is written again row by row, each
 * row in a savepoint of its own, so that the refused row is reported and never spoils its neighbours.
 * Default mode commits each batch together with its checkpoint in the {@link ImportJournal} (a crash
 * loses at most the open batch, whole rows only, and a resumed run starts right after the last
 * checkpoint); atomic mode and dry runs use one transaction for the file, rolled back on any error
 * (atomic) or always (dry run), and their checkpoints are progress only. A cancel is honoured between
 * batches.
 */
final class ImportRunner {

    static final int BATCH_SIZE = 1000;
    private static final int MAX_REPORTED_PROBLEMS = 10_000;

    private final TabularReader reader;
    private final Transactions transactions;
    private final TabularReader.ReadLimits limits;
    private final SheetKind kind;
    private final FileActivity activity;

    /** {@code activity} is told of every import that ran through, as an import of {@code kind}. */
    ImportRunner(TabularReader reader, Transactions transactions, TabularReader.ReadLimits limits, SheetKind kind,
            FileActivity activity) {
        this.reader = reader;
        this.transactions = transactions;
        this.limits = limits;
        this.kind = kind;
        this.activity = activity;
    }

    /** {@code writerFor} builds, from the header row, the writer of the data rows. */
    ImportReport run(ImportFileCommand request, Function<TabularRow, SheetWriter> writerFor) {
        return run(request, writerFor, ImportJournal.NONE);
    }

    ImportReport run(ImportFileCommand request, Function<TabularRow, SheetWriter> writerFor, ImportJournal journal) {
        long started = System.nanoTime();
        ImportReport report = read(request, writerFor, journal);
        activity.imported(kind, report, Duration.ofNanos(System.nanoTime() - started));
        return report;
    }

    private ImportReport read(ImportFileCommand request, Function<TabularRow, SheetWriter> writerFor,
            ImportJournal journal) {
        FileNames.requireSpreadsheetName(request.fileName());
        try (TabularRows rows = RowsReadAhead.of(reader.open(request.content(), limits))) {
            if (!rows.hasNext()) {
                throw new UnreadableFileException(FileProblem.NO_HEADER);
            }
            SheetWriter writer = writerFor.apply(rows.next());
            Progress progress = new Progress(request, journal.resumeFrom());
            for (long skipped = 0; skipped < progress.rowsRead && rows.hasNext(); skipped++) {
                rows.next();
            }
            if (request.atomic() || request.dryRun()) {
                return allOrNothing(rows, writer, progress, journal, request.dryRun());
            }
            while (rows.hasNext()) {
                if (journal.cancelRequested()) {
                    return progress.report(true, true);
                }
                transactions.run(() -> {
                    batch(rows, writer, progress);
                    journal.batchDone(progress.counts(), progress.takeBatchProblems());
                });
            }
            return progress.report(true, false);
        }
    }

    private ImportReport allOrNothing(TabularRows rows, SheetWriter writer, Progress progress, ImportJournal journal,
            boolean dryRun) {
        try {
            transactions.run(() -> {
                while (rows.hasNext()) {
                    if (journal.cancelRequested()) {
                        progress.cancelled = true;
                        throw new Undo();
                    }
                    batch(rows, writer, progress);
                    ImportCounts counts = progress.counts();
                    List<RowProblem> problems = progress.takeBatchProblems();
                    progressShown(journal, counts, problems);
                }
                if (dryRun || !progress.problems.isEmpty()) {
                    throw new Undo();
                }
            });
            return progress.report(true, false);
        } catch (Undo undone) {
            return dryRun && !progress.cancelled ? progress.report(false, false) : progress.nothingWritten();
        }
    }

    /**
     * A journal's progress is committed apart from the file's open transaction, for its watchers; a
     * run that keeps nothing borrows no second connection for it.
     */
    private void progressShown(ImportJournal journal, ImportCounts counts, List<RowProblem> problems) {
        if (journal == ImportJournal.NONE) {
            return;
        }
        transactions.independently(() -> {
            journal.batchDone(counts, problems);
            return null;
        });
    }

    private void batch(TabularRows rows, SheetWriter writer, Progress progress) {
        List<TabularRow> batch = new ArrayList<>(BATCH_SIZE);
        while (batch.size() < BATCH_SIZE && rows.hasNext()) {
            TabularRow row = rows.next();
            progress.rowsRead++;
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
        private List<RowProblem> batchProblems = new ArrayList<>();
        private long rowsRead;
        private long processed;
        private long failed;
        private boolean cancelled;
        private RowOutcome totals;

        Progress(ImportFileCommand request, ImportCounts start) {
            this.request = request;
            this.rowsRead = start.rowsRead();
            this.processed = start.processed();
            this.failed = start.rowsFailed();
            this.totals = new RowOutcome(Math.toIntExact(start.customersCreated()),
                    Math.toIntExact(start.customersUpdated()), Math.toIntExact(start.billsCreated()),
                    Math.toIntExact(start.billsUpdated()));
        }

        void done(RowResult result) {
            totals = totals.plus(result.outcome());
            if (!result.problems().isEmpty()) {
                failed++;
                batchProblems.addAll(result.problems());
            }
            result.problems().stream().limit(Math.max(0, MAX_REPORTED_PROBLEMS - problems.size()))
                    .forEach(problems::add);
            processed++;
            request.progress().rowsProcessed(processed);
        }

        ImportCounts counts() {
            return new ImportCounts(rowsRead, processed, totals.customersCreated(), totals.customersUpdated(),
                    totals.billsCreated(), totals.billsUpdated(), failed);
        }

        List<RowProblem> takeBatchProblems() {
            List<RowProblem> taken = batchProblems;
            batchProblems = new ArrayList<>();
            return taken;
        }

        ImportReport report(boolean written, boolean stopped) {
            return new ImportReport(processed, totals.customersCreated(), totals.customersUpdated(),
                    totals.billsCreated(), totals.billsUpdated(), failed, problems, written, stopped);
        }

        /** Atomic mode with a bad row, or a cancelled all-or-nothing run: no row changed anything. */
        ImportReport nothingWritten() {
            return new ImportReport(processed, 0, 0, 0, 0, failed, problems, false, cancelled);
        }
    }
}
