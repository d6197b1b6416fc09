package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.port.out.ImportJobRepository;
import io.kamdesk.application.shared.ActingUser;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.fileio.ImportCounts;
import io.kamdesk.domain.fileio.ImportJob;
import io.kamdesk.domain.fileio.SheetKind;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Runs a started job through the import of its kind, keeping every committed batch's checkpoint and
 * problems on the job, then records how it ended: succeeded, cancelled, or failed with its reason.
 */
final class ImportJobRunner {

    private final Map<SheetKind, SheetImport> imports;
    private final ImportJobRepository jobs;
    private final Transactions transactions;
    private final Clock clock;
    private final ActingUser actingUser;

    ImportJobRunner(Map<SheetKind, SheetImport> imports, ImportJobRepository jobs, Transactions transactions,
            Clock clock, ActingUser actingUser) {
        this.imports = Map.copyOf(imports);
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
        this.actingUser = actingUser;
    }

    /**
     * Runs {@code job}, already started by this worker, as {@code viewer}; null when another worker
     * took the job over meanwhile.
     */
    ImportReport run(ImportJob job, Viewer viewer, byte[] content) {
        ImportJob.Upload upload = job.upload();
        ImportFileCommand request = new ImportFileCommand(viewer, upload.fileName(), new ByteArrayInputStream(content),
                upload.atomic(), upload.dryRun(), null);
        ImportReport report;
        try {
            report = actingUser.partOfImport(job.id(), () -> imports.get(job.kind()).run(request,
                    new StoredJournal(job)));
        } catch (DomainException refused) {
            end(job, null, refused);
            throw refused;
        } catch (JobTakenOverException stale) {
            return null;
        } catch (RuntimeException | Error broken) {
            try {
                end(job, null, null);
            } catch (RuntimeException alsoBroken) {
                broken.addSuppressed(alsoBroken);
            }
            throw broken;
        }
        end(job, report, null);
        return report;
    }

    /** Ends the job: with its report when it ran through, else failed ({@code refused} says why, if known). */
    void end(ImportJob job, ImportReport report, DomainException refused) {
        transactions.run(() -> {
            ImportJob current = jobs.lock(job.id()).orElseThrow();
            if (current.status().finished() || current.snapshot().attempts() != job.snapshot().attempts()) {
                return;
            }
            if (report == null) {
                current.fail(clock.instant());
                jobs.update(current, refused);
                return;
            }
            ImportCounts last = current.counts();
            current.progress(new ImportCounts(last.rowsRead(), report.processed(), report.customersCreated(),
                    report.customersUpdated(), report.billsCreated(), report.billsUpdated(), report.rowsFailed()),
                    clock.instant());
            if (report.cancelled()) {
                current.cancelled(report.written(), clock.instant());
            } else {
                current.succeed(report.written(), clock.instant());
            }
            jobs.update(current, null);
        });
    }

    /** This worker was presumed dead and its job given to another; it must stop writing. */
    static final class JobTakenOverException extends RuntimeException {

        JobTakenOverException(long jobId) {
            super("import job " + jobId + " was taken over by another worker");
        }
    }

    /** The job's checkpoints, kept on the stored job. */
    private final class StoredJournal implements ImportJournal {

        private final ImportJob job;

        StoredJournal(ImportJob job) {
            this.job = job;
        }

        @Override
        public ImportCounts resumeFrom() {
            return job.counts();
        }

        @Override
        public boolean cancelRequested() {
            return jobs.cancelRequested(job.id());
        }

        @Override
        public void batchDone(ImportCounts counts, List<RowProblem> problems) {
            job.progress(counts, clock.instant());
            if (!jobs.update(job, null)) {
                // undoes this batch: the worker that took the job over carries on from the last checkpoint
                throw new JobTakenOverException(job.id());
            }
            jobs.addProblems(job.id(), problems);
        }
    }
}
