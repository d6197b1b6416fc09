package io.kamdesk.application.billing.testing;

import io.kamdesk.application.billing.port.in.payment.ListPaymentsQuery;
import io.kamdesk.application.billing.port.in.payment.PaymentSortField;
import io.kamdesk.application.billing.port.in.payment.PaymentView;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.Payment;
import io.kamdesk.domain.identity.Viewer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The payment ledger in memory, seen through the bills it belongs to (a payment is visible when its
 * bill is). Lists filter, search, order (newest paid first by default, the id as tie-breaker) and page
 * as the SQL does.
 */
public final class InMemoryPaymentRepository implements PaymentRepository, InMemoryTransactions.Participant {

    private final InMemoryBillRepository bills;
    private final InMemoryBillRepository.Customers customers;
    private final Map<Long, Payment> payments = new LinkedHashMap<>();
    private long nextId = 1;

    public InMemoryPaymentRepository(InMemoryBillRepository bills, InMemoryBillRepository.Customers customers) {
        this.bills = bills;
        this.customers = customers;
    }

    @Override
    public synchronized long insert(Payment payment) {
        long id = nextId++;
        payments.put(id, Payment.restore(id, payment.billId(), payment.amount(), payment.paidOn(), payment.method(),
                payment.reference(), payment.remarks(), payment.receivedBy(), payment.recordedAt(), null));
        return id;
    }

    @Override
    public synchronized void insertAll(List<Payment> newPayments) {
        newPayments.forEach(this::insert);
    }

    @Override
    public synchronized void markVoid(Payment voided) {
        payments.computeIfPresent(voided.id(), (id, stored) -> stored.isVoid() ? stored : voided);
    }

    @Override
    public synchronized Optional<Payment> findVisibleForUpdate(Viewer viewer, long id) {
        return Optional.ofNullable(payments.get(id)).filter(payment -> visible(viewer, payment));
    }

    @Override
    public synchronized Optional<PaymentView> findView(Viewer viewer, long id) {
        return findVisibleForUpdate(viewer, id).map(this::toView);
    }

    @Override
    public synchronized void list(ListPaymentsQuery query, ResultSink<PaymentView> sink) {
        List<PaymentView> rows = payments.values().stream()
                .filter(payment -> visible(query.viewer(), payment))
                .map(this::toView)
                .filter(view -> query.customer().map(customer -> view.customerId() == customer).orElse(true))
                .filter(view -> query.bill().map(bill -> view.billId() == bill).orElse(true))
                .filter(view -> query.method().map(method -> view.method() == method).orElse(true))
                .filter(view -> query.paidOnAfter().map(day -> !view.paidOn().isBefore(day)).orElse(true))
                .filter(view -> query.paidOnBefore().map(day -> !view.paidOn().isAfter(day)).orElse(true))
                .filter(view -> query.receivedBy().map(user -> user.equals(view.receivedBy())).orElse(true))
                .filter(view -> query.spec().search().map(term -> matches(view, term)).orElse(true))
                .sorted(ordering(query.spec().ordering()))
                .toList();
        sink.total(rows.size());
        Stream<PaymentView> page = rows.stream();
        if (query.spec().page().isPresent()) {
            page = page.skip(query.spec().page().get().offset()).limit(query.spec().page().get().size());
        }
        page.forEach(sink::item);
    }

    /** Every payment of a bill, void ones included, whoever's it is. */
    public synchronized List<Payment> ofBill(long billId) {
        return payments.values().stream().filter(payment -> payment.billId() == billId).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<Long, Payment> copy = new LinkedHashMap<>(payments);
        return () -> {
            synchronized (this) {
                payments.clear();
                payments.putAll(copy);
            }
        };
    }

    private boolean visible(Viewer viewer, Payment payment) {
        return bills.find(payment.billId()).map(bill -> customers.isVisible(viewer, bill.customerId())).orElse(false);
    }

    private PaymentView toView(Payment payment) {
        Bill bill = bills.find(payment.billId()).orElseThrow();
        String customerName = customers.find(bill.customerId()).map(customer -> customer.name()).orElse("");
        PaymentView.Voided voided = payment.voiding().map(voiding -> new PaymentView.Voided(voiding.by(), "",
                voiding.at(), voiding.reason())).orElse(null);
        return new PaymentView(payment.id(), payment.billId(), bill.billNumber(), bill.customerId(), customerName,
                payment.amount(), payment.paidOn(), payment.method(), payment.reference(), payment.remarks(),
                payment.receivedBy(), "", payment.recordedAt(), voided);
    }

    private static boolean matches(PaymentView view, String term) {
        String needle = term.toLowerCase(Locale.ROOT);
        return Stream.of(view.reference(), view.remarks(), view.billNumber(), view.customerName())
                .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static Comparator<PaymentView> ordering(List<SortOrder<PaymentSortField>> requested) {
        List<SortOrder<PaymentSortField>> orders = requested.isEmpty()
                ? List.of(SortOrder.descending(PaymentSortField.PAID_ON)) : requested;
        Comparator<PaymentView> comparator = null;
        for (SortOrder<PaymentSortField> order : orders) {
            Comparator<PaymentView> next = switch (order.field()) {
                case ID -> Comparator.comparingLong(PaymentView::id);
                case PAID_ON -> Comparator.comparing(PaymentView::paidOn);
                case AMOUNT -> Comparator.comparing(view -> view.amount().amount());
                case RECORDED_AT -> Comparator.comparing(PaymentView::recordedAt);
            };
            next = order.descending() ? next.reversed() : next;
            comparator = comparator == null ? next : comparator.thenComparing(next);
        }
        Comparator<PaymentView> byId = Comparator.comparingLong(PaymentView::id);
        return comparator.thenComparing(orders.getLast().descending() ? byId.reversed() : byId);
    }
}
