package io.kamdesk.domain.fileio;

import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One import of one uploaded file, and its life: queued, running (perhaps resumed on another
 * instance after a crash), then succeeded, failed or cancelled. Progress only moves forward; a
 * cancel asked of a running job is honoured between batches; a finished job stays as it ended.
 */
public final class ImportJob {

    private final long id;
    private final SheetKind kind;
    private final Upload upload;
    private final long startedBy;
    private final String startedByName;
    private final Instant createdAt;
    private ImportJobStatus status;
    private Long rowsTotal;
    private ImportCounts counts;
    private boolean written;
    private boolean cancelRequested;
    private int attempts;
    private Instant startedAt;
    private Instant progressedAt;
    private Instant finishedAt;

    /** The file and how to write it; {@code inBackground} is false for an import run within its request. */
    public record Upload(String fileName, long fileSize, boolean atomic, boolean dryRun, boolean inBackground) {

        public Upload {
            Objects.requireNonNull(fileName, "fileName");
            if (fileSize < 0) {
                throw new IllegalArgumentException("a file size is never negative");
            }
        }
    }

    /** Everything a stored job holds, as it was last saved. */
    public record Snapshot(long id, SheetKind kind, Upload upload, long startedBy, String startedByName,
            ImportJobStatus status, Long rowsTotal, ImportCounts counts, boolean written, boolean cancelRequested,
            int attempts, Instant createdAt, Instant startedAt, Instant progressedAt, Instant finishedAt) {
    }

    private ImportJob(Snapshot s) {
        this.id = s.id();
        this.kind = Objects.requireNonNull(s.kind(), "kind");
        this.upload = Objects.requireNonNull(s.upload(), "upload");
        this.startedBy = s.startedBy();
        this.startedByName = Objects.requireNonNull(s.startedByName(), "startedByName");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.rowsTotal = s.rowsTotal();
        this.counts = Objects.requireNonNull(s.counts(), "counts");
        this.written = s.written();
        this.cancelRequested = s.cancelRequested();
        this.attempts = s.attempts();
        this.startedAt = s.startedAt();
        this.progressedAt = s.progressedAt();
        this.finishedAt = s.finishedAt();
    }

    /** A new job, waiting for a worker (or for its request to run it). */
    public static ImportJob queued(long id, SheetKind kind, Upload upload, long startedBy, String startedByName,
            Instant now) {
        return new ImportJob(new Snapshot(id, kind, upload, startedBy, startedByName, ImportJobStatus.QUEUED, null,
                ImportCounts.NONE, false, false, 0, now, null, null, null));
    }

    /** A job as it was stored. */
    public static ImportJob restore(Snapshot snapshot) {
        return new ImportJob(snapshot);
    }

    /**
     * A worker takes the job up: the first time, or again after the worker before it died. Answers
     * false when there is nothing to run (the job has finished, or was cancelled while queued).
     */
    public boolean start(Instant now) {
        if (status.finished()) {
            return false;
        }
        if (cancelRequested) {
            end(ImportJobStatus.CANCELLED, now);
            return false;
        }
        status = ImportJobStatus.RUNNING;
        attempts++;
        if (startedAt == null) {
            startedAt = now;
        }
        return true;
    }

    /** Whether a run starts from scratch: always for all-or-nothing runs, whose work died with them. */
    public boolean resumable() {
        return !upload.atomic() && !upload.dryRun();
    }

    /** The run starts over: an all-or-nothing run that died left nothing behind. */
    public void restart() {
        counts = ImportCounts.NONE;
    }

    public void countRows(long total) {
        rowsTotal = total;
    }

    public void progress(ImportCounts now, Instant at) {
        if (!counts.precedes(now)) {
            throw new IllegalArgumentException("progress only moves forward");
        }
        counts = now;
        progressedAt = at;
    }

    public void succeed(boolean wroteRows, Instant now) {
        written = wroteRows;
        end(ImportJobStatus.SUCCEEDED, now);
    }

    public void fail(Instant now) {
        end(ImportJobStatus.FAILED, now);
    }

    /** The run stopped at a cancel; {@code wroteRows}: the batches committed before it stay. */
    public void cancelled(boolean wroteRows, Instant now) {
        written = wroteRows;
        end(ImportJobStatus.CANCELLED, now);
    }

    /**
     * Asks the job to stop: a queued job is cancelled at once, a running one at its next batch.
     *
     * @throws ConflictException when the job has already finished
     */
    public void requestCancel(Instant now) {
        if (status.finished()) {
            throw new ConflictException(Refusal.IMPORT_JOB_FINISHED, status);
        }
        cancelRequested = true;
        if (status == ImportJobStatus.QUEUED) {
            end(ImportJobStatus.CANCELLED, now);
        }
    }

    private void end(ImportJobStatus end, Instant now) {
        if (status.finished()) {
            throw new IllegalStateException("job " + id + " has already finished");
        }
        status = end;
        finishedAt = now;
    }

    /** Percent of the rows done, when the total is known. */
    public OptionalDouble percent() {
        if (status == ImportJobStatus.SUCCEEDED) {
            return OptionalDouble.of(100);
        }
        if (rowsTotal == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(rowsTotal == 0 ? 100 : Math.min(100, 100.0 * counts.rowsRead() / rowsTotal));
    }

    /** Rows per second since the job started, up to its end or its last progress. */
    public OptionalDouble rowsPerSecond() {
        Instant until = finishedAt != null ? finishedAt : progressedAt;
        if (startedAt == null || until == null || counts.processed() == 0) {
            return OptionalDouble.empty();
        }
        double seconds = Math.max(Duration.between(startedAt, until).toMillis(), 1) / 1000.0;
        return OptionalDouble.of(counts.processed() / seconds);
    }

    /** Seconds left at the rate so far, for a running job whose total is known. */
    public OptionalLong etaSeconds() {
        OptionalDouble rate = rowsPerSecond();
        if (status != ImportJobStatus.RUNNING || rowsTotal == null || rate.isEmpty()) {
            return OptionalLong.empty();
        }
        long left = Math.max(0, rowsTotal - counts.rowsRead());
        return OptionalLong.of((long) Math.ceil(left / rate.getAsDouble()));
    }

    public Snapshot snapshot() {
        return new Snapshot(id, kind, upload, startedBy, startedByName, status, rowsTotal, counts, written,
                cancelRequested, attempts, createdAt, startedAt, progressedAt, finishedAt);
    }

    public long id() {
        return id;
    }

    public SheetKind kind() {
        return kind;
    }

    public Upload upload() {
        return upload;
    }

    public long startedBy() {
        return startedBy;
    }

    public ImportJobStatus status() {
        return status;
    }

    public ImportCounts counts() {
        return counts;
    }

    public Optional<Long> rowsTotal() {
        return Optional.ofNullable(rowsTotal);
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }
}
