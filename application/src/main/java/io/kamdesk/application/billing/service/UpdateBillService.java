package io.kamdesk.application.billing.service;

import io.kamdesk.application.billing.port.in.BillCommand;
import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.UpdateBillUseCase;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Payment;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Reason;

/**
 * Changes a bill the caller may see; every change recomputes the totals. A bill stays with its
 * customer and keeps its number.
 */
public final class UpdateBillService implements UpdateBillUseCase {

    private final BillRepository bills;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final PaymentRepository payments;

    public UpdateBillService(BillRepository bills, Transactions transactions, BusinessCalendar calendar,
            PaymentRepository payments) {
        this.payments = payments;
        this.bills = bills;
        this.transactions = transactions;
        this.calendar = calendar;
    }

    @Override
    public BillView updateBill(Viewer actor, long billId, BillCommand input, boolean replace) {
        return transactions.inTransaction(() -> {
            Bill bill = bills.findVisibleForUpdate(actor, billId).orElseThrow(BillViews::notFound);
            FieldErrors errors = new FieldErrors();
            if (replace && !input.customer().isPresent()) {
                errors.add("customer", Reason.REQUIRED);
            }
            if (input.customer().isPresent() && !Long.valueOf(bill.customerId()).equals(input.customer().value())) {
                errors.add("customer", Reason.BILL_CUSTOMER_FIXED);
            }
            BillTerms terms = BillForm.terms(input, bill.terms(), errors);
            BillCharges charges = BillForm.charges(input, bill.charges(), errors);
            BillStatus status = BillForm.status(input.status(), bill.status(), errors);
            errors.throwIfAny();

            bills.update(bill.revise(terms, charges, status, calendar.now()));
            // a total received written directly enters the ledger as the adjustment of the difference
            Payment.adjusting(billId, bill.charges().received(), charges.received(), calendar.today(), actor.userId(),
                    calendar.now()).ifPresent(payments::insert);
            return BillViews.view(bills, actor, billId);
        });
    }
}
