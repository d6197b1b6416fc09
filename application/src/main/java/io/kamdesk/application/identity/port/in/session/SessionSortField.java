package io.kamdesk.application.identity.port.in.session;

/** The fields a session list may be ordered by. */
public enum SessionSortField {
    CREATED_AT,
    REFRESHED_AT,
    EXPIRES_AT
}
