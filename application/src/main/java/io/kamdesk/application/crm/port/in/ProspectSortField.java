package io.kamdesk.application.crm.port.in;

/** The fields a prospect list may be ordered by. */
public enum ProspectSortField {
    CREATED_AT,
    UPDATED_AT,
    NAME,
    COMPANY_NAME,
    POTENTIAL_REVENUE,
    FOLLOW_UP_DATE,
    STATUS
}
