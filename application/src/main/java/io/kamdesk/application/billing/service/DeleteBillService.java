package io.kamdesk.application.billing.service;

import io.kamdesk.application.billing.port.in.DeleteBillUseCase;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.Viewer;

/** Deletes a bill the caller may see. */
public final class DeleteBillService implements DeleteBillUseCase {

    private final BillRepository bills;
    private final Transactions transactions;

    public DeleteBillService(BillRepository bills, Transactions transactions) {
        this.bills = bills;
        this.transactions = transactions;
    }

    @Override
    public void deleteBill(Viewer actor, long billId) {
        transactions.run(() -> {
            bills.findVisibleForUpdate(actor, billId).orElseThrow(BillViews::notFound);
            bills.delete(billId);
        });
    }
}
