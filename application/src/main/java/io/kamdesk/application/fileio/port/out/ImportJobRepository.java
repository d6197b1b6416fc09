package io.kamdesk.application.fileio.port.out;

import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.port.in.job.ImportJobView;
import io.kamdesk.application.fileio.port.in.job.ListImportJobsQuery;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.fileio.ImportJob;
import io.kamdesk.domain.fileio.ImportJobStatus;
import io.kamdesk.domain.fileio.SheetKind;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Import jobs, their uploaded files and the problems of their failed rows. Reads for a viewer see
 * what {@link JobVisibility} allows; the others serve the job's own run.
 */
public interface ImportJobRepository {

    /** Stores a new queued job with its file; answers it with its id. */
    ImportJob insert(SheetKind kind, ImportJob.Upload upload, long startedBy, String startedByName, byte[] content,
            Instant now);

    /** The job, locked until the transaction ends (its run and a cancel never cross). */
    Optional<ImportJob> lock(long jobId);

    /**
     * Saves the job's status, counts and times; {@code failure} for a failed job, else null. Answers
     * false, saving nothing, when a later worker has taken the job up meanwhile (its attempts are
     * more than this copy's): the copy belongs to a worker presumed dead.
     */
    boolean update(ImportJob job, DomainException failure);

    Optional<ImportJobView> find(long jobId, JobVisibility visibility);

    void list(ListImportJobsQuery query, JobVisibility visibility, ResultSink<ImportJobView> sink);

    byte[] content(long jobId);

    /** Who started the job; empty when there is no such job. */
    Optional<Owner> owner(long jobId);

    record Owner(long userId, String username) {
    }

    boolean cancelRequested(long jobId);

    void addProblems(long jobId, List<RowProblem> problems);

    void deleteProblems(long jobId);

    /** The problems of the job's failed rows, by row, in row order. */
    void problems(long jobId, Consumer<List<RowProblem>> byRow);

    /**
     * Fails the jobs run within a request that made no progress since {@code before}: their service
     * stopped under them. Answers how many.
     */
    int failAbandoned(Instant before, Instant now, DomainException why);

    /** Removes jobs finished before {@code before}, with their files and problems; answers how many. */
    int deleteFinishedBefore(Instant before);

    /** How many jobs stand in each open or failed status, for the metrics. */
    Map<ImportJobStatus, Long> countByStatus();

    /**
     * Whose jobs a viewer sees: their own, and every job of the kinds in {@code allOfKinds} (those they
     * import with data scope all).
     */
    record JobVisibility(long userId, List<SheetKind> allOfKinds) {

        public JobVisibility {
            allOfKinds = List.copyOf(allOfKinds);
        }

        public static JobVisibility of(Viewer viewer) {
            return new JobVisibility(viewer.userId(), viewer.seesAll()
                    ? Arrays.stream(SheetKind.values()).filter(kind -> viewer.can(kind.importPermission()))
                            .toList()
                    : List.of());
        }
    }
}
