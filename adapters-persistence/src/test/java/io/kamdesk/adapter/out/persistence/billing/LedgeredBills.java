package io.kamdesk.adapter.out.persistence.billing;

import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.Payment;
import io.kamdesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Bills written as the services write them: each with the ledger adjustment its total received needs,
 * in one transaction, since the database refuses a bill that disagrees with its payments.
 */
record LedgeredBills(BillRepository bills, PaymentRepository payments, Transactions transactions) {

    void insert(Bill bill) {
        transactions.run(() -> {
            bills.insert(bill);
            adjust(bill.id(), Money.ZERO, bill.charges().received());
        });
    }

    void update(Bill before, Bill after) {
        transactions.run(() -> {
            bills.update(after);
            adjust(after.id(), before.charges().received(), after.charges().received());
        });
    }

    /** The adjustment of a bill written in bulk, inside the caller's transaction. */
    void adjust(long billId, Money before, Money after) {
        Payment.adjusting(billId, before, after, LocalDate.now(), 0, Instant.now()).ifPresent(payments::insert);
    }
}
