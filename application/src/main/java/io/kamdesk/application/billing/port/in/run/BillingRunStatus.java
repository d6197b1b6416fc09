package io.kamdesk.application.billing.port.in.run;

/** Where a billing run stands; the last three are final. */
public enum BillingRunStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED
}
