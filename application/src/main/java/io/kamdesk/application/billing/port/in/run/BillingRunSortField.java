package io.kamdesk.application.billing.port.in.run;

/** The fields a list of billing runs may be ordered by. */
public enum BillingRunSortField {
    ID,
    MONTH,
    CREATED_AT
}
