package io.kamdesk.application.fileio.port.in.job;

/** The fields a job list may be ordered by. */
public enum ImportJobSortField {
    ID,
    CREATED_AT,
    FINISHED_AT,
    STATUS
}
