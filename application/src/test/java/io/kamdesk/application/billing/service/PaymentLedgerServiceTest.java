package io.kamdesk.application.billing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.application.billing.port.in.UpsertBillCommand;
import io.kamdesk.application.billing.port.in.payment.PaymentView;
import io.kamdesk.application.billing.port.in.payment.RecordPaymentCommand;
import io.kamdesk.application.billing.port.in.payment.VoidPaymentCommand;
import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.application.billing.testing.BillInputs;
import io.kamdesk.application.billing.testing.BillingFakes;
import io.kamdesk.application.shared.sheet.TabularWriter;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.Payment;
import io.kamdesk.domain.billing.PaymentMethod;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ledger through the use cases: payments and voids move the bill's totals with them, and a
 * total received written the older way (create, update, import) enters the ledger as an adjustment,
 * so that a bill's total received is always the sum of its payments that are not void.
 */
class PaymentLedgerServiceTest {

    private static final LocalDate END_OF_OCTOBER = LocalDate.of(2025, 10, 31);

    private final BillingFakes fakes = new BillingFakes();
    private final PaymentService payments = new PaymentService(fakes.payments(), fakes.bills(), fakes.transactions(),
            fakes.calendar(), (TabularWriter) (out, format, columns) -> {
                throw new UnsupportedOperationException("no export here");
            }, (sheet, rows) -> {
                throw new UnsupportedOperationException("no export here");
            });
    private final CreateBillService create = new CreateBillService(fakes.bills(), fakes.customers(),
            fakes.transactions(), fakes.calendar(), fakes.settings(), fakes.payments());
    private final UpdateBillService update = new UpdateBillService(fakes.bills(), fakes.transactions(),
            fakes.calendar(), fakes.payments());
    private final UpsertBillsService upsert = new UpsertBillsService(fakes.bills(), fakes.customers(),
            fakes.transactions(), fakes.calendar(), fakes.settings(), fakes.payments());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final BilledCustomer acme = fakes.givenCustomer(jane.userId(), "Acme Inc", "Acme");

    private long newBill(String received) {
        BillInputs.Builder input = BillInputs.bill().customer(acme.id()).billingDate(END_OF_OCTOBER)
                .line(BandwidthComponent.IIG, "10", "100.00");
        return create.createBill(jane, received == null ? input.build() : input.totalReceived(received).build()).id();
    }

    private PaymentView pay(long billId, String amount, String method) {
        return payments.recordPayment(new RecordPaymentCommand(jane, billId, new BigDecimal(amount), null, method,
                "REF", ""));
    }

    private Bill bill(long id) {
        return fakes.bills().find(id).orElseThrow();
    }

    private void assertLedgerHolds(long billId) {
        assertThat(bill(billId).charges().received()).isEqualTo(Payment.total(fakes.payments().ofBill(billId)));
    }

    @Test
    void aPayment_raisesTheBillsReceived_andLowersItsDue_byTheCaller_today() {
        long billId = newBill(null);

        PaymentView paid = pay(billId, "400.00", "bkash");

        assertThat(paid.amount()).isEqualTo(Money.of("400.00"));
        assertThat(paid.paidOn()).isEqualTo(fakes.today());
        assertThat(paid.receivedBy()).isEqualTo(jane.userId());
        assertThat(bill(billId).totalDue()).isEqualTo(Money.of("600.00"));
        assertLedgerHolds(billId);
    }

    @Test
    void anOverpayment_isACredit() {
        long billId = newBill(null);

        pay(billId, "1000.00", "cash");
        pay(billId, "250.00", "cheque");

        assertThat(bill(billId).totalDue()).isEqualTo(Money.of("-250.00"));
        assertLedgerHolds(billId);
    }

    @Test
    void voiding_takesThePaymentOut_once() {
        long billId = newBill(null);
        PaymentView paid = pay(billId, "300.00", "cash");

        PaymentView voided = payments.voidPayment(new VoidPaymentCommand(jane, paid.id(), "Entered twice"));

        assertThat(voided.voided().reason()).isEqualTo("Entered twice");
        assertThat(bill(billId).charges().received()).isEqualTo(Money.ZERO);
        assertLedgerHolds(billId);
        assertThat(catchThrowableOfType(ConflictException.class, () -> payments.voidPayment(
                new VoidPaymentCommand(jane, paid.id(), "Again"))).refusal()).isEqualTo(Refusal.PAYMENT_ALREADY_VOID);
    }

    @Test
    void anotherKamsBill_isNotFound_andAMissingAmountOrMethodIsRefusedOnItsField() {
        long billId = newBill(null);

        assertThat(catchThrowableOfType(NotFoundException.class, () -> payments.recordPayment(
                new RecordPaymentCommand(john, billId, new BigDecimal("10.00"), null, "cash", "", "")))).isNotNull();
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> payments
                .recordPayment(new RecordPaymentCommand(jane, billId, null, null, "gold", "", "")));
        assertThat(refused.reasons("amount")).containsExactly(Reason.REQUIRED);
        assertThat(refused.reasons("method")).containsExactly(Reason.INVALID_CHOICE);
        assertThat(fakes.payments().ofBill(billId)).isEmpty();
    }

    @Test
    void aTotalReceivedSentOnCreateOrUpdate_becomesAnAdjustmentForTheDifference() {
        long billId = newBill("500.00");
        pay(billId, "100.00", "cash");

        update.updateBill(jane, billId, BillInputs.bill().totalReceived("450.00").build(), false);

        List<Payment> ledger = fakes.payments().ofBill(billId);
        assertThat(ledger).extracting(Payment::method).containsExactly(PaymentMethod.ADJUSTMENT, PaymentMethod.CASH,
                PaymentMethod.ADJUSTMENT);
        assertThat(ledger).extracting(Payment::amount).containsExactly(Money.of("500.00"), Money.of("100.00"),
                Money.of("-150.00"));
        assertLedgerHolds(billId);
    }

    @Test
    void anImportedTotalReceived_isAdjustedOnTheBillsDate_andTheSameSheetAgainAddsNothing() {
        UpsertBillCommand row = new UpsertBillCommand(BillInputs.bill().customer(acme.id())
                .billingDate(END_OF_OCTOBER).line(BandwidthComponent.IIG, "10", "100.00").totalReceived("800.00")
                .build(), Optional.empty(), Optional.empty());

        upsert.upsertBills(jane, List.of(row));
        upsert.upsertBills(jane, List.of(row));

        Bill imported = fakes.bills().all().getFirst();
        assertThat(fakes.payments().ofBill(imported.id())).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.method()).isEqualTo(PaymentMethod.ADJUSTMENT);
            assertThat(adjustment.paidOn()).isEqualTo(END_OF_OCTOBER);
            assertThat(adjustment.amount()).isEqualTo(Money.of("800.00"));
        });
        assertLedgerHolds(imported.id());
    }
}
