package io.kamdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.billing.port.in.payment.ListPaymentsQuery;
import io.kamdesk.application.billing.port.in.payment.PaymentSortField;
import io.kamdesk.application.billing.port.in.payment.PaymentView;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Payment;
import io.kamdesk.domain.billing.PaymentMethod;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PaymentRepository} does: a payment is seen by whoever sees its bill; it keeps what
 * was received, by whom and how; a void is kept with its reason; lists filter by bill, customer,
 * method and day paid, newest paid first by default. Each payment is written with its bill's new
 * total received, in one transaction, as the ledger requires.
 */
public abstract class PaymentRepositoryContract extends CrmContract {

    private static final LocalDate OCTOBER = LocalDate.of(2024, 10, 1);

    private PaymentRepository payments() {
        return store().payments();
    }

    /** Records the payment against its bill as the service does: the bill's total and the ledger together. */
    private long pay(Bill bill, String amount, LocalDate paidOn, PaymentMethod method, String reference, long by) {
        return store().transactions().inTransaction(() -> {
            Bill current = store().bills().findVisibleForUpdate(all(by), bill.id()).orElseThrow();
            Payment payment = Payment.receive(0, bill.id(), new Payment.Receipt(Money.of(amount), paidOn, method,
                    reference, "note " + tag), by, store().today(), store().now());
            store().bills().update(current.receive(payment.amount(), store().now()));
            return payments().insert(payment);
        });
    }

    private List<Long> ids(Viewer viewer, Optional<Long> bill, Optional<PaymentMethod> method,
            Optional<LocalDate> after, ListSpec<PaymentSortField> spec) {
        CollectingSink<PaymentView> sink = new CollectingSink<>();
        payments().list(new ListPaymentsQuery(viewer, Optional.empty(), bill, method, after, Optional.empty(),
                Optional.empty(), spec), sink);
        return sink.items().stream().map(PaymentView::id).toList();
    }

    @Test
    void aPayment_keepsWhatWasReceived_andIsSeenByWhoeverSeesItsBill() {
        long jane = kam();
        Customer janes = customer(jane, "Janes");
        Bill bill = bill(janes.id(), OCTOBER, BillStatus.ACTIVE);

        long id = pay(bill, "1500.50", OCTOBER.plusDays(2), PaymentMethod.BKASH, "TRX-" + tag, jane);

        PaymentView view = payments().findView(own(jane), id).orElseThrow();
        assertThat(view.billId()).isEqualTo(bill.id());
        assertThat(view.customerId()).isEqualTo(janes.id());
        assertThat(view.amount()).isEqualTo(Money.of("1500.50"));
        assertThat(view.paidOn()).isEqualTo(OCTOBER.plusDays(2));
        assertThat(view.method()).isEqualTo(PaymentMethod.BKASH);
        assertThat(view.reference()).isEqualTo("TRX-" + tag);
        assertThat(view.receivedBy()).isEqualTo(jane);
        assertThat(view.voided()).isNull();
        assertThat(payments().findView(own(kam()), id)).isEmpty();
        assertThat(payments().findVisibleForUpdate(own(kam()), id)).isEmpty();
        assertThat(payments().findView(all(kam()), id)).isPresent();
    }

    @Test
    void aVoid_isKeptWithWhoWhenAndWhy() {
        long jane = kam();
        Bill bill = bill(customer(jane, "Voided").id(), OCTOBER, BillStatus.ACTIVE);
        long id = pay(bill, "200.00", OCTOBER, PaymentMethod.CHEQUE, "CHQ-1", jane);

        store().transactions().run(() -> {
            Payment payment = payments().findVisibleForUpdate(own(jane), id).orElseThrow();
            Bill current = store().bills().findVisibleForUpdate(own(jane), bill.id()).orElseThrow();
            store().bills().update(current.receive(payment.counted().negate(), store().now()));
            payments().markVoid(payment.voidedBy(jane, "Bounced " + tag, store().now()));
        });

        PaymentView view = payments().findView(own(jane), id).orElseThrow();
        assertThat(view.voided()).isNotNull();
        assertThat(view.voided().reason()).isEqualTo("Bounced " + tag);
        assertThat(view.voided().by()).isEqualTo(jane);
        assertThat(view.amount()).isEqualTo(Money.of("200.00"));
        assertThat(payments().findVisibleForUpdate(own(jane), id).orElseThrow().isVoid()).isTrue();
    }

    @Test
    void lists_filterByBillMethodAndDay_newestPaidFirst() {
        long jane = kam();
        Customer janes = customer(jane, "Lists");
        Bill first = bill(janes.id(), OCTOBER, BillStatus.ACTIVE);
        Bill second = bill(janes.id(), OCTOBER.minusMonths(1), BillStatus.ACTIVE);
        long early = pay(first, "10.00", OCTOBER, PaymentMethod.CASH, "", jane);
        long late = pay(first, "20.00", OCTOBER.plusDays(5), PaymentMethod.NAGAD, "", jane);
        long other = pay(second, "30.00", OCTOBER.plusDays(1), PaymentMethod.CASH, "", jane);

        assertThat(ids(own(jane), Optional.of(first.id()), Optional.empty(), Optional.empty(), ListSpec.everything()))
                .containsExactly(late, early);
        assertThat(ids(own(jane), Optional.empty(), Optional.of(PaymentMethod.CASH), Optional.empty(), search(tag)))
                .containsExactly(other, early);
        assertThat(ids(own(jane), Optional.empty(), Optional.empty(), Optional.of(OCTOBER.plusDays(1)),
                search(tag))).containsExactly(late, other);
        assertThat(ids(own(kam()), Optional.of(first.id()), Optional.empty(), Optional.empty(),
                ListSpec.everything())).isEmpty();
    }
}
