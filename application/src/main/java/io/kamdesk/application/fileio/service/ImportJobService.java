package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.job.ImportJobView;
import io.kamdesk.application.fileio.port.in.job.ImportNowUseCase;
import io.kamdesk.application.fileio.port.in.job.RunImportJobUseCase;
import io.kamdesk.application.fileio.port.in.job.StartImportCommand;
import io.kamdesk.application.fileio.port.in.job.StartImportJobUseCase;
import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.ImportJobQueue;
import io.kamdesk.application.fileio.port.out.ImportJobRepository;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.port.out.TabularRows;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.identity.port.in.user.FindViewerUseCase;
import io.kamdesk.application.shared.ActingUser;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.fileio.ImportJob;
import io.kamdesk.domain.fileio.SheetKind;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Starts imports as jobs and runs them: queued for the job engine (which calls
 * {@link #runImportJob(long)} on whichever instance picks the job up, and again after a crash), or run
 * at once within the caller's request. Either way the upload is stored first, so the job can be run
 * again, and its failed rows downloaded, from any instance.
 */
public final class ImportJobService implements StartImportJobUseCase, ImportNowUseCase, RunImportJobUseCase {

    private final ImportJobRepository jobs;
    private final ImportJobQueue queue;
    private final FindViewerUseCase viewers;
    private final TabularReader reader;
    private final TabularReader.ReadLimits limits;
    private final Transactions transactions;
    private final Clock clock;
    private final ImportJobRunner runner;
    private final RecentUploads recentUploads = new RecentUploads();
    private final ActingUser actingUser;

    public ImportJobService(ImportCustomersService customers, ImportBillsService bills, ImportJobRepository jobs,
            ImportJobQueue queue, FindViewerUseCase viewers, TabularReader reader, TabularReader.ReadLimits limits,
            Transactions transactions, Clock clock, ActingUser actingUser) {
        this.actingUser = actingUser;
        this.jobs = jobs;
        this.queue = queue;
        this.viewers = viewers;
        this.reader = reader;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
        this.runner = new ImportJobRunner(Map.of(SheetKind.CUSTOMERS, customers, SheetKind.BILLS, bills), jobs,
                transactions, clock, actingUser);
    }

    @Override
    public ImportJobView startImportJob(StartImportCommand command) {
        ImportJob job = transactions.inTransaction(() -> {
            ImportJob queued = insert(command, true);
            recentUploads.keep(queued.id(), command.content());
            queue.enqueue(queued.id());
            return queued;
        });
        return ImportJobView.of(job, null);
    }

    @Override
    public RecordedImport importNow(StartImportCommand command) {
        ImportJob job = transactions.inTransaction(() -> {
            ImportJob started = insert(command, false);
            started.start(clock.instant());
            jobs.update(started, null);
            return started;
        });
        ImportReport report = runner.run(job, command.viewer(), command.content());
        if (report == null) {
            throw new IllegalStateException("import job " + job.id() + " run in its request was taken over");
        }
        return new RecordedImport(job.id(), report);
    }

    private ImportJob insert(StartImportCommand command, boolean inBackground) {
        requirePermission(command.viewer(), command.kind());
        FileNames.requireSpreadsheetName(command.fileName());
        if (command.content().length == 0) {
            throw new UnreadableFileException(FileProblem.EMPTY);
        }
        String fileName = Optional.ofNullable(command.fileName()).orElse("");
        ImportJob.Upload upload = new ImportJob.Upload(fileName, command.content().length, command.atomic(),
                command.dryRun(), inBackground);
        return jobs.insert(command.kind(), upload, command.viewer().userId(), command.viewer().username(),
                command.content(), clock.instant());
    }

    /** Runs the job as its owner: the activity log records its changes as theirs. */
    @Override
    public void runImportJob(long jobId) {
        jobs.owner(jobId).ifPresent(owner -> actingUser.actingAs(owner.userId(), owner.username(), () -> {
            run(jobId);
            return null;
        }));
    }

    private void run(long jobId) {
        Optional<ImportJob> started = transactions.inTransaction(() -> jobs.lock(jobId).filter(this::start));
        if (started.isEmpty()) {
            return;
        }
        ImportJob job = started.get();
        byte[] content = recentUploads.take(jobId).orElseGet(() -> jobs.content(jobId));
        Optional<Viewer> viewer = viewers.findActiveViewer(job.startedBy());
        if (viewer.isEmpty()) {
            runner.end(job, null, new NotFoundException(Subject.USER));
            return;
        }
        try {
            requirePermission(viewer.get(), job.kind());
            if (job.rowsTotal().isEmpty()) {
                job.countRows(countRows(content));
            }
        } catch (DomainException refused) {
            runner.end(job, null, refused);
            return;
        }
        try {
            runner.run(job, viewer.get(), content);
        } catch (DomainException refused) {
            // recorded on the job: the file or its owner's rights said no, and running it again changes nothing
        }
    }

    /** Takes the job up; an all-or-nothing run that died starts again from its first row. */
    private boolean start(ImportJob job) {
        if (!job.start(clock.instant())) {
            jobs.update(job, null);
            return false;
        }
        if (!job.resumable()) {
            job.restart();
            jobs.deleteProblems(job.id());
        }
        jobs.update(job, null);
        return true;
    }

    /** Data rows in the file, blank ones included: the measure of a job's progress. */
    private long countRows(byte[] content) {
        try (TabularRows all = reader.open(new ByteArrayInputStream(content), limits)) {
            return Math.max(0, all.countRemaining() - 1);
        }
    }

    private static void requirePermission(Viewer viewer, SheetKind kind) {
        if (!viewer.can(kind.importPermission())) {
            throw new NotPermittedException(Refusal.PERMISSION_REQUIRED, kind.importPermission());
        }
    }
}
