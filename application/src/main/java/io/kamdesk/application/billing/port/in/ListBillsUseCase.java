package io.kamdesk.application.billing.port.in;

import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Viewer;

/** Reads bills within the caller's scope. */
public interface ListBillsUseCase {

    void listBills(ListBillsQuery query, ResultSink<BillView> sink);

    /** A bill of another KAM's customer is not found. */
    BillView getBill(Viewer viewer, long billId);
}
