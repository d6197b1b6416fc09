package io.kamdesk.application.activity.port.in;

/** The fields an activity list may be ordered by. */
public enum ActivitySortField {
    ID,
    CREATED_AT,
    ACTION,
    RESOURCE,
    USERNAME
}
