package io.kamdesk.application.billing.port.out;

/** Queues a stored billing run for whichever instance's worker takes it, once the caller's transaction commits. */
public interface BillingRunQueue {

    void enqueueBillingRun(long runId);
}
