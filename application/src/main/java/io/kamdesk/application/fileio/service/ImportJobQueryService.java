package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.in.job.CancelImportJobCommand;
import io.kamdesk.application.fileio.port.in.job.CancelImportJobUseCase;
import io.kamdesk.application.fileio.port.in.job.FindImportJobUseCase;
import io.kamdesk.application.fileio.port.in.job.ImportJobQuery;
import io.kamdesk.application.fileio.port.in.job.ImportJobView;
import io.kamdesk.application.fileio.port.in.job.ListImportJobsQuery;
import io.kamdesk.application.fileio.port.in.job.ListImportJobsUseCase;
import io.kamdesk.application.fileio.port.in.job.PurgeImportJobsUseCase;
import io.kamdesk.application.fileio.port.out.ImportJobRepository.JobVisibility;
import io.kamdesk.application.fileio.port.out.ImportJobRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.fileio.ImportJob;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Reading, cancelling and removing import jobs, each within what the caller may see. */
public final class ImportJobQueryService implements FindImportJobUseCase, ListImportJobsUseCase,
        CancelImportJobUseCase, PurgeImportJobsUseCase {

    private final ImportJobRepository jobs;
    private final Transactions transactions;
    private final Clock clock;
    /** A batch takes seconds: a request-bound import silent this long has lost its service. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final Duration retention;

    public ImportJobQueryService(ImportJobRepository jobs, Transactions transactions, Clock clock,
            Duration retention) {
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public ImportJobView findImportJob(ImportJobQuery query) {
        return jobs.find(query.jobId(), JobVisibility.of(query.viewer()))
                .orElseThrow(() -> new NotFoundException(Subject.IMPORT_JOB));
    }

    @Override
    public void listImportJobs(ListImportJobsQuery query, ResultSink<ImportJobView> sink) {
        jobs.list(query, JobVisibility.of(query.viewer()), sink);
    }

    @Override
    public ImportJobView cancelImportJob(CancelImportJobCommand command) {
        findImportJob(new ImportJobQuery(command.viewer(), command.jobId()));
        transactions.run(() -> {
            ImportJob job = jobs.lock(command.jobId()).orElseThrow(() -> new NotFoundException(Subject.IMPORT_JOB));
            job.requestCancel(clock.instant());
            jobs.update(job, null);
        });
        return findImportJob(new ImportJobQuery(command.viewer(), command.jobId()));
    }

    /**
     * Also ends the jobs of synchronous imports whose service stopped under them (no progress for
     * {@link #ABANDONED_AFTER}): nobody would ever finish them, and their owner should see why.
     */
    @Override
    public int purgeFinishedImportJobs() {
        Instant now = clock.instant();
        jobs.failAbandoned(now.minus(ABANDONED_AFTER), now, new ConflictException(Refusal.IMPORT_INTERRUPTED));
        return jobs.deleteFinishedBefore(now.minus(retention));
    }
}
