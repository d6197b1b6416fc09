package io.kamdesk.application.billing.port.in;

import io.kamdesk.domain.identity.Viewer;

/** Issues a bill for a customer the caller may see; totals and the bill number are computed, never taken from the client. */
public interface CreateBillUseCase {

    BillView createBill(Viewer actor, BillCommand input);
}
