package io.kamdesk.application.identity.port.in.user;

/** The fields a user list may be ordered by. */
public enum UserSortField {
    ID,
    EMAIL,
    USERNAME,
    FIRST_NAME,
    LAST_NAME,
    CREATED_AT,
    UPDATED_AT
}
