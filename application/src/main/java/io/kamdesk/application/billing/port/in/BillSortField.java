package io.kamdesk.application.billing.port.in;

/** The fields a bill list may be ordered by. */
public enum BillSortField {
    BILLING_DATE,
    TOTAL_BILL,
    TOTAL_DUE,
    TOTAL_RECEIVED,
    CREATED_AT,
    UPDATED_AT
}
