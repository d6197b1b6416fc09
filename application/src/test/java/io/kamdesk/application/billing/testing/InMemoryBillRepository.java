package io.kamdesk.application.billing.testing;

import io.kamdesk.application.billing.port.in.BillSortField;
import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.billing.port.out.BillKey;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillLine;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Bills in a map with ids from a sequence starting at 1. Like the database it refuses a bill of an
 * unknown customer and a second bill with the same number. A viewer who sees only their own records
 * reaches only the bills of customers they are the KAM of (asked of the {@link Customers} given, such as
 * {@link InMemoryBillableCustomers}, so reassigning a customer moves its bills along). Lists filter, search, order (ascending nulls
 * first, descending nulls last, the id as tie-breaker; by id without an ordering) and page as the SQL does.
 */
public final class InMemoryBillRepository implements BillRepository, InMemoryTransactions.Participant {

    private static final Map<BillSortField, Function<Bill, Comparable<?>>> COLUMNS = new EnumMap<>(BillSortField.class);

    static {
        COLUMNS.put(BillSortField.BILLING_DATE, bill -> bill.terms().billingDate());
        COLUMNS.put(BillSortField.TOTAL_BILL, bill -> bill.totalBill().amount());
        COLUMNS.put(BillSortField.TOTAL_DUE, bill -> bill.totalDue().amount());
        COLUMNS.put(BillSortField.TOTAL_RECEIVED, bill -> bill.charges().received().amount());
        COLUMNS.put(BillSortField.CREATED_AT, Bill::createdAt);
        COLUMNS.put(BillSortField.UPDATED_AT, Bill::updatedAt);
    }

    /** The customers table as the bills table sees it: which customers exist, and who may see them. */
    public interface Customers {

        /** Any customer, whoever's it is. */
        Optional<BilledCustomer> find(long customerId);

        /** Whether the viewer may see the customer (and so its bills); an unknown customer is seen by nobody. */
        boolean isVisible(Viewer viewer, long customerId);
    }

    private final Customers customers;
    private final Map<Long, Bill> bills = new LinkedHashMap<>();
    private long nextId = 1;

    public InMemoryBillRepository(Customers customers) {
        this.customers = customers;
    }

    @Override
    public synchronized long nextId() {
        return nextId++;
    }

    @Override
    public synchronized void insert(Bill bill) {
        if (bills.containsKey(bill.id())) {
            throw new IllegalStateException("duplicate id " + bill.id());
        }
        refuseBrokenReferences(bill);
        bills.put(bill.id(), bill);
    }

    @Override
    public synchronized List<Long> nextIds(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(nextId++);
        }
        return ids;
    }

    @Override
    public synchronized void insertAll(List<Bill> newBills) {
        newBills.forEach(this::insert);
    }

    @Override
    public synchronized void updateAll(List<Bill> revised) {
        revised.forEach(this::update);
    }

    @Override
    public synchronized Map<BillKey, Bill> findForUpdateByKeys(Collection<BillKey> keys) {
        Map<BillKey, Bill> found = new HashMap<>();
        bills.values().forEach(bill -> {
            BillKey key = new BillKey(bill.customerId(), bill.terms().billingDate(), bill.terms().nttnCap(),
                    bill.terms().nttnCom());
            if (keys.contains(key)) {
                found.putIfAbsent(key, bill);
            }
        });
        return found;
    }

    @Override
    public synchronized void update(Bill bill) {
        if (!bills.containsKey(bill.id())) {
            throw new NotFoundException(Subject.BILL);
        }
        refuseBrokenReferences(bill);
        bills.put(bill.id(), bill);
    }

    @Override
    public synchronized void delete(long id) {
        bills.remove(id);
    }

    /** Whether any stored bill is the customer's. */
    public synchronized boolean hasBillsOf(long customerId) {
        return bills.values().stream().anyMatch(bill -> bill.customerId() == customerId);
    }

    @Override
    public synchronized Optional<Bill> findVisibleForUpdate(Viewer viewer, long id) {
        return Optional.ofNullable(bills.get(id)).filter(bill -> customers.isVisible(viewer, bill.customerId()));
    }

    @Override
    public synchronized Optional<BillView> findView(Viewer viewer, long id) {
        return findVisibleForUpdate(viewer, id).map(this::toView);
    }

    @Override
    public synchronized void list(ListBillsQuery query, ResultSink<BillView> sink) {
        List<Bill> rows = bills.values().stream()
                .filter(bill -> customers.isVisible(query.viewer(), bill.customerId()))
                .filter(bill -> query.status().map(status -> bill.status() == status).orElse(true))
                .filter(bill -> query.customer().map(customer -> bill.customerId() == customer).orElse(true))
                .filter(bill -> query.billingDate().map(day -> day.equals(bill.terms().billingDate())).orElse(true))
                .filter(bill -> query.billingDateAfter().map(day -> onOrAfter(bill.terms().billingDate(), day))
                        .orElse(true))
                .filter(bill -> query.billingDateBefore().map(day -> onOrAfter(day, bill.terms().billingDate()))
                        .orElse(true))
                .filter(bill -> matchesSearch(query.spec(), bill))
                .sorted(ordering(query.spec()))
                .toList();
        sink.total(rows.size());
        Stream<Bill> page = rows.stream();
        if (query.spec().page().isPresent()) {
            page = page.skip(query.spec().page().get().offset()).limit(query.spec().page().get().size());
        }
        page.map(this::toView).forEach(sink::item);
    }

    /** Any bill, whoever's it is. */
    public synchronized Optional<Bill> find(long id) {
        return Optional.ofNullable(bills.get(id));
    }

    public synchronized List<Bill> all() {
        return List.copyOf(bills.values());
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<Long, Bill> copy = new LinkedHashMap<>(bills);
        long idAtSnapshot = nextId;
        return () -> {
            synchronized (this) {
                bills.clear();
                bills.putAll(copy);
                // like a database sequence, ids handed out are not given back on rollback
                nextId = Math.max(nextId, idAtSnapshot);
            }
        };
    }

    /** {@code day} on or after {@code bound}; a bill without a billing date is in no range. */
    private static boolean onOrAfter(LocalDate day, LocalDate bound) {
        return day != null && bound != null && !day.isBefore(bound);
    }

    private boolean matchesSearch(ListSpec<BillSortField> spec, Bill bill) {
        if (spec.search().isEmpty()) {
            return true;
        }
        String needle = spec.search().get().toLowerCase(Locale.ROOT);
        BilledCustomer customer = customers.find(bill.customerId()).orElseThrow();
        return Stream.of(bill.terms().remarks(), bill.terms().nttnCap(), bill.terms().nttnCom(), bill.billNumber(),
                        customer.name(), customer.companyName())
                .filter(Objects::nonNull)
                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(needle));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Bill> ordering(ListSpec<BillSortField> spec) {
        Comparator<Bill> comparator = (a, b) -> 0;
        for (SortOrder<BillSortField> order : spec.ordering()) {
            Function<Bill, Comparable<?>> column = Objects.requireNonNull(COLUMNS.get(order.field()),
                    () -> "no column for ordering by " + order.field());
            Comparator<Comparable> values = order.descending()
                    ? Comparator.nullsLast(Comparator.<Comparable>reverseOrder())
                    : Comparator.nullsFirst(Comparator.<Comparable>naturalOrder());
            comparator = comparator.thenComparing(bill -> (Comparable) column.apply(bill), values);
        }
        // the tie-breaker runs in the last key's direction, as ListQueries orders it
        boolean lastDescending = !spec.ordering().isEmpty() && spec.ordering().getLast().descending();
        Comparator<Bill> byId = Comparator.comparingLong(Bill::id);
        return comparator.thenComparing(lastDescending ? byId.reversed() : byId);
    }

    private void refuseBrokenReferences(Bill bill) {
        if (customers.find(bill.customerId()).isEmpty()) {
            throw InvalidInputException.of("customer", Reason.UNKNOWN_REFERENCE, bill.customerId());
        }
        for (Bill other : bills.values()) {
            if (other.id() != bill.id() && other.billNumber().equals(bill.billNumber())) {
                throw new IllegalStateException("duplicate bill number " + bill.billNumber());
            }
        }
    }

    private BillView toView(Bill bill) {
        BilledCustomer customer = customers.find(bill.customerId()).orElseThrow();
        Map<BandwidthComponent, BillView.Line> lines = new EnumMap<>(BandwidthComponent.class);
        for (BillLine line : bill.charges().lines()) {
            lines.put(line.component(), new BillView.Line(line.quantity(), line.unitPrice()));
        }
        return new BillView(bill.id(), bill.billNumber(),
                new BillView.CustomerSummary(customer.id(), customer.name(), customer.companyName(), customer.email(),
                        customer.phone(), customer.address(), customer.kam()),
                bill.terms().nttnCap(), bill.terms().nttnCom(), bill.terms().activeDate(), bill.terms().billingDate(),
                bill.terms().terminationDate(), lines, bill.charges().discount(), bill.charges().received(),
                bill.totalBill(), bill.totalDue(), bill.status().code(), bill.terms().remarks(), bill.createdAt(),
                bill.updatedAt());
    }
}
