package io.kamdesk.domain.fileio;

/** Where an import job stands. Queued and running jobs are open; the others are finished for good. */
public enum ImportJobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
