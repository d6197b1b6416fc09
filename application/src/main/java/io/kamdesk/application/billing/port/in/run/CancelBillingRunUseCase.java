package io.kamdesk.application.billing.port.in.run;

import io.kamdesk.domain.identity.Viewer;

/**
 * Cancels a run: a queued one at once, a running one after its current batch of customers (the
 * batches before stay written). A finished run is refused.
 */
public interface CancelBillingRunUseCase {

    BillingRunView cancelBillingRun(Viewer viewer, long runId);
}
