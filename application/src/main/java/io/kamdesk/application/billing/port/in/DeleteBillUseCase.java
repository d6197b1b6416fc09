package io.kamdesk.application.billing.port.in;

import io.kamdesk.domain.identity.Viewer;

/** Deletes a bill the caller may see; the customer's revenue figures follow. */
public interface DeleteBillUseCase {

    void deleteBill(Viewer actor, long billId);
}
