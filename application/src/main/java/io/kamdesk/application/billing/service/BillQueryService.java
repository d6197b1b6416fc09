package io.kamdesk.application.billing.service;

import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.billing.port.in.ListBillsUseCase;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Viewer;

/** Reads bills within the caller's scope. */
public final class BillQueryService implements ListBillsUseCase {

    private final BillRepository bills;

    public BillQueryService(BillRepository bills) {
        this.bills = bills;
    }

    @Override
    public void listBills(ListBillsQuery query, ResultSink<BillView> sink) {
        bills.list(query, sink);
    }

    @Override
    public BillView getBill(Viewer viewer, long billId) {
        return BillViews.view(bills, viewer, billId);
    }
}
