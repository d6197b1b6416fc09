package io.kamdesk.application.billing.port.in;

import io.kamdesk.domain.identity.Viewer;

/** Changes a bill the caller may see; the totals are recomputed. {@code replace} (PUT) requires the customer. */
public interface UpdateBillUseCase {

    BillView updateBill(Viewer actor, long billId, BillCommand input, boolean replace);
}
