package io.kamdesk.domain.shared;

/** The kinds of record a refusal can be about (not found, taken, …). */
public enum Subject {
    USER, ROLE, SESSION, PROSPECT, CUSTOMER, BILL, PAYMENT, INVOICE, BILLING_RUN, IMPORT_JOB, ACTIVITY_ENTRY
}
