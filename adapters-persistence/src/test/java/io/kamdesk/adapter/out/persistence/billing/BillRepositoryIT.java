package io.kamdesk.adapter.out.persistence.billing;

import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.NOW;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.TODAY;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.all;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.bill;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.iig;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.line;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.newCustomer;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.newUser;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.own;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.terms;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILL;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.billing.port.in.BillSortField;
import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillLine;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Quantity;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.ContextConfiguration;

/** The bill repository: writes, the stored totals, scoped reads, and the list with its filters. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class BillRepositoryIT {

    @Autowired
    BillRepository bills;
    @Autowired
    CustomerRepository customers;
    @Autowired
    UserRepository users;
    @Autowired
    Transactions transactions;
    @Autowired
    DSLContext dsl;
    @Autowired
    PaymentRepository payments;

    private LedgeredBills ledger() {
        return new LedgeredBills(bills, payments, transactions);
    }

    @Test
    void nextId_calledTwice_answersIncreasingIds() {
        long first = bills.nextId();

        long second = bills.nextId();

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void nextId_eightThreadsFiftyCallsEach_answersFourHundredDistinctIds() throws Exception {
        int threads = 8;
        int callsEach = 50;
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = IntStream.range(0, threads).<Future<?>>mapToObj(thread -> executor.submit(() -> {
                start.await();
                for (int call = 0; call < callsEach; call++) {
                    ids.add(bills.nextId());
                }
                return null;
            })).toList();

            start.countDown();

            for (Future<?> future : running) {
                future.get(1, TimeUnit.MINUTES);
            }
        } finally {
            executor.shutdownNow();
        }
        assertThat(ids).hasSize(threads * callsEach);
    }

    @Test
    void insert_everyField_isRestoredByFindVisibleForUpdate() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer(customers, "Acme Inc", "Acme Holdings", kam);
        BillTerms terms = new BillTerms("CAP-7", "Summit Communications", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31), LocalDate.of(2025, 12, 31), "First bill of the year");
        BillCharges charges = BillCharges.of(List.of(
                line(BandwidthComponent.IIG, "10.5", "100.00"),
                line(BandwidthComponent.FNA, "2.25", "40.10"),
                line(BandwidthComponent.GGC, "1", "3.33"),
                line(BandwidthComponent.CDN, "0.0001", "1.00"),
                line(BandwidthComponent.BDIX, "7", "8"),
                line(BandwidthComponent.BAISHAN, "12345678901.1234", "0.01")), Money.of("5.00"), Money.of("20.50"));
        Bill bill = bill(bills, customer, terms, charges, BillStatus.INACTIVE, NOW);

        ledger().insert(bill);

        Bill stored = transactions.inTransaction(() -> bills.findVisibleForUpdate(all(kam), bill.id())).orElseThrow();
        assertThat(stored).usingRecursiveComparison().isEqualTo(bill);
        assertThat(stored.billNumber()).isEqualTo("KTL-BL-ACMEH-" + bill.id() + "-31012025");
        assertThat(stored.totalBill()).isEqualTo(bill.totalBill());
        assertThat(stored.totalDue()).isEqualTo(bill.totalDue());
    }

    @Test
    void insert_emptyBill_storesZerosAndEmptyTexts() {
        Customer customer = newCustomer(customers, "Quiet", "", null);
        Bill bill = bill(bills, customer, new BillTerms(null, null, null, null, null, null),
                BillCharges.of(List.of(), Money.ZERO, Money.ZERO), null, NOW);

        ledger().insert(bill);

        Bill stored = transactions.inTransaction(
                () -> bills.findVisibleForUpdate(all(newUser(users, "admin")), bill.id())).orElseThrow();
        assertThat(stored).usingRecursiveComparison().isEqualTo(bill);
        assertThat(stored.status()).isEqualTo(BillStatus.ACTIVE);
        assertThat(stored.terms().nttnCap()).isEmpty();
        assertThat(stored.terms().billingDate()).isNull();
        assertThat(stored.totalBill()).isEqualTo(Money.ZERO);
    }

    @Test
    void insert_charges_storesTheTotalsAsTheDomainComputesThem() {
        Customer customer = newCustomer(customers, "Totals", "", null);
        // 10 × 100.00 = 1000.00; 0.125 × 1.00 = 0.125, rounded half-up to 0.13; less 50.00 discount
        BillCharges charges = BillCharges.of(List.of(line(BandwidthComponent.IIG, "10", "100.00"),
                line(BandwidthComponent.FNA, "0.125", "1.00")), Money.of("50.00"), Money.of("100.00"));
        Bill bill = bill(bills, customer, terms(TODAY, ""), charges, null, NOW);

        ledger().insert(bill);

        Record2<BigDecimal, BigDecimal> totals = dsl.select(BILL.TOTAL_BILL, BILL.TOTAL_DUE).from(BILL)
                .where(BILL.ID.eq(bill.id())).fetchSingle();
        assertThat(totals.value1()).isEqualTo(new BigDecimal("950.13")).isEqualTo(bill.totalBill().amount());
        assertThat(totals.value2()).isEqualTo(new BigDecimal("850.13")).isEqualTo(bill.totalDue().amount());
    }

    @Test
    void insert_overpayment_storesANegativeDue() {
        Customer customer = newCustomer(customers, "Generous", "", null);
        Bill bill = bill(bills, customer, terms(TODAY, ""), iig("1", "100.00", "150.00"), null, NOW);

        ledger().insert(bill);

        BillView view = bills.findView(all(newUser(users, "admin")), bill.id()).orElseThrow();
        assertThat(view.totalBill()).isEqualTo(Money.of("100.00"));
        assertThat(view.totalDue()).isEqualTo(Money.of("-50.00"));
    }

    /**
     * The domain rounds each line half-up and the table's check recomputes the totals with
     * PostgreSQL's round(): were the two ever to disagree, an insert would fail here.
     */
    @Test
    void insert_randomChargesComputedByTheDomain_satisfyTheTablesTotalsChecks() {
        Customer customer = newCustomer(customers, "Random", "", null);
        Random random = new Random(20_250_101L);

        for (int i = 0; i < 200; i++) {
            List<BillLine> lines = new ArrayList<>();
            for (BandwidthComponent component : BandwidthComponent.values()) {
                lines.add(new BillLine(component,
                        Quantity.of(BigDecimal.valueOf(random.nextInt(10_000_000), 4)),
                        Money.of(BigDecimal.valueOf(random.nextInt(1_000_000), 2))));
            }
            BillCharges gross = BillCharges.of(lines, Money.ZERO, Money.ZERO);
            Money discount = Money.of(gross.gross().amount().multiply(BigDecimal.valueOf(random.nextInt(100)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN));
            BillCharges charges = BillCharges.of(lines, discount,
                    Money.of(BigDecimal.valueOf(random.nextInt(100_000_000), 2)));

            ledger().insert(bill(bills, customer, terms(TODAY, ""), charges, null, NOW));
        }

        assertThat(dsl.fetchCount(BILL, BILL.CUSTOMER_ID.eq(customer.id()))).isEqualTo(200);
    }

    @Test
    void insert_customerThatDoesNotExist_isInvalidInputOnCustomer() {
        Customer customer = newCustomer(customers, "Vanishing", "", null);
        Bill bill = bill(bills, customer, terms(TODAY, ""), iig("1", "1", "0"), null, NOW);
        customers.delete(customer.id());

        assertThatThrownBy(() -> bills.insert(bill))
                .isInstanceOfSatisfying(InvalidInputException.class, failure -> assertThat(failure.fieldErrors())
                        .isEqualTo(Map.of("customer", List.of(Violation.of(Reason.UNKNOWN_REFERENCE, customer.id()
                               )))));
    }

    @Test
    void update_everyChangeableField_isStoredAndTheTotalsFollow() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer(customers, "Revised", "", kam);
        Bill bill = bill(bills, customer, terms(LocalDate.of(2025, 5, 1), "before"), iig("1", "100", "0"),
                BillStatus.ACTIVE, NOW);
        ledger().insert(bill);
        Instant later = NOW.plusSeconds(60);
        Bill revised = bill.revise(new BillTerms("CAP-2", "Other NTTN", LocalDate.of(2025, 5, 2),
                        LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), "after"),
                BillCharges.of(List.of(line(BandwidthComponent.CDN, "3", "33.33"),
                        line(BandwidthComponent.BDIX, "2", "0.50")), Money.of("1.00"), Money.of("50")),
                BillStatus.INACTIVE, later);

        ledger().update(bill, revised);

        Bill stored = transactions.inTransaction(() -> bills.findVisibleForUpdate(own(kam), bill.id())).orElseThrow();
        assertThat(stored).usingRecursiveComparison().isEqualTo(revised);
        assertThat(stored.billNumber()).isEqualTo(bill.billNumber());
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.updatedAt()).isEqualTo(later);
        assertThat(dsl.select(BILL.TOTAL_BILL, BILL.TOTAL_DUE).from(BILL).where(BILL.ID.eq(bill.id())).fetchSingle())
                .extracting(Record2::value1, Record2::value2)
                .containsExactly(new BigDecimal("99.99"), new BigDecimal("49.99"));
    }

    @Test
    void update_unknownBill_isNotFound() {
        Customer customer = newCustomer(customers, "Ghostly", "", null);
        Bill ghost = bill(bills, customer, terms(TODAY, ""), iig("1", "1", "0"), null, NOW);

        assertThatThrownBy(() -> bills.update(ghost)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void delete_bill_isGone() {
        User kam = newUser(users, "kam");
        Bill bill = newBill(newCustomer(customers, "Doomed", "", kam), TODAY, "", iig("1", "1", "0"),
                BillStatus.ACTIVE, NOW);

        bills.delete(bill.id());

        assertThat(bills.findView(all(kam), bill.id())).isEmpty();
        assertThat(dsl.fetchExists(BILL, BILL.ID.eq(bill.id()))).isFalse();
    }

    @Test
    void deletingTheCustomer_withBills_isRefusedByTheDatabaseAndKeepsTheBills() {
        Customer customer = newCustomer(customers, "Billed", "", null);
        Bill bill = newBill(customer, null, "", iig("1", "1", "0"), BillStatus.INACTIVE, NOW);

        assertThatThrownBy(() -> dsl.deleteFrom(CUSTOMER).where(CUSTOMER.ID.eq(customer.id())).execute())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("bill_customer_id_fkey");

        assertThat(dsl.fetchExists(CUSTOMER, CUSTOMER.ID.eq(customer.id()))).isTrue();
        assertThat(dsl.fetchExists(BILL, BILL.ID.eq(bill.id()))).isTrue();
    }

    @Test
    void findVisibleForUpdate_scopeOwn_findsOnlyBillsOfTheKamsCustomers() {
        User kam = newUser(users, "kam");
        User otherKam = newUser(users, "kam");
        Bill mine = newBill(newCustomer(customers, "Mine", "", kam), TODAY, "", iig("1", "1", "0"), null, NOW);
        Bill theirs = newBill(newCustomer(customers, "Theirs", "", otherKam), TODAY, "", iig("1", "1", "0"), null,
                NOW);
        Bill nobodys = newBill(newCustomer(customers, "Nobodys", "", null), TODAY, "", iig("1", "1", "0"), null,
                NOW);

        List<Optional<Bill>> found = transactions.inTransaction(() -> List.of(
                bills.findVisibleForUpdate(own(kam), mine.id()),
                bills.findVisibleForUpdate(own(kam), theirs.id()),
                bills.findVisibleForUpdate(own(kam), nobodys.id()),
                bills.findVisibleForUpdate(all(kam), theirs.id()),
                bills.findVisibleForUpdate(all(kam), nobodys.id()),
                bills.findVisibleForUpdate(all(kam), Long.MAX_VALUE)));

        assertThat(found.get(0)).map(Bill::id).contains(mine.id());
        assertThat(found.get(1)).isEmpty();
        assertThat(found.get(2)).isEmpty();
        assertThat(found.get(3)).map(Bill::id).contains(theirs.id());
        assertThat(found.get(4)).map(Bill::id).contains(nobodys.id());
        assertThat(found.get(5)).isEmpty();
    }

    @Test
    void findVisibleForUpdate_bill_locksTheBillButNotItsCustomer() throws Exception {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer(customers, "Locked", "", kam);
        Bill bill = newBill(customer, TODAY, "", iig("1", "1", "0"), null, NOW);
        ExecutorService other = Executors.newSingleThreadExecutor();

        try {
            List<Boolean> lockable = transactions.inTransaction(() -> {
                bills.findVisibleForUpdate(own(kam), bill.id()).orElseThrow();
                return List.of(lockableElsewhere(other, "bill", bill.id()),
                        lockableElsewhere(other, "customer", customer.id()));
            });

            assertThat(lockable).containsExactly(false, true);
        } finally {
            other.shutdownNow();
        }
    }

    /** Whether another connection could lock the row right now (without waiting for it). */
    private boolean lockableElsewhere(ExecutorService other, String table, long id) {
        try {
            return other.submit(() -> {
                try {
                    dsl.execute("select 1 from " + table + " where id = ? for update nowait", id);
                    return true;
                } catch (DataAccessException locked) {
                    return false;
                }
            }).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void findView_bill_carriesItsCustomerAndTheStoredTotals() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer(customers, "Viewed", "Viewed Group", kam);
        BillTerms terms = new BillTerms("CAP-1", "Summit", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 5), null,
                "Seen");
        BillCharges charges = BillCharges.of(List.of(line(BandwidthComponent.IIG, "10", "100"),
                line(BandwidthComponent.GGC, "1.5", "20")), Money.of("30"), Money.of("1000"));
        Bill bill = newBill(customer, terms, charges, BillStatus.ACTIVE, NOW);

        BillView view = bills.findView(own(kam), bill.id()).orElseThrow();

        Map<BandwidthComponent, BillView.Line> lines = new EnumMap<>(BandwidthComponent.class);
        for (BandwidthComponent component : BandwidthComponent.values()) {
            lines.put(component, new BillView.Line(Quantity.ZERO, Money.ZERO));
        }
        lines.put(BandwidthComponent.IIG, new BillView.Line(Quantity.of("10"), Money.of("100")));
        lines.put(BandwidthComponent.GGC, new BillView.Line(Quantity.of("1.5"), Money.of("20")));
        assertThat(view).isEqualTo(new BillView(bill.id(), bill.billNumber(),
                new BillView.CustomerSummary(customer.id(), "Viewed", "Viewed Group", customer.details().email().value(),
                        customer.details().phone().value(), customer.details().address(), kam.username().value()),
                "CAP-1",
                "Summit", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 5), null, lines, Money.of("30"),
                Money.of("1000"), Money.of("1000.00"), Money.of("0.00"), "Active", "Seen", NOW, NOW));
    }

    @Test
    void findView_scopeOwn_seesOnlyBillsOfTheKamsCustomers() {
        User kam = newUser(users, "kam");
        User otherKam = newUser(users, "kam");
        Bill mine = newBill(newCustomer(customers, "Mine", "", kam), TODAY, "", iig("1", "1", "0"), null, NOW);
        Bill theirs = newBill(newCustomer(customers, "Theirs", "", otherKam), TODAY, "", iig("1", "1", "0"), null,
                NOW);
        Bill nobodys = newBill(newCustomer(customers, "Nobodys", "", null), TODAY, "", iig("1", "1", "0"), null,
                NOW);

        Optional<BillView> ownMine = bills.findView(own(kam), mine.id());
        Optional<BillView> ownTheirs = bills.findView(own(kam), theirs.id());
        Optional<BillView> ownNobodys = bills.findView(own(kam), nobodys.id());
        Optional<BillView> allTheirs = bills.findView(all(kam), theirs.id());
        Optional<BillView> allNobodys = bills.findView(all(kam), nobodys.id());

        assertThat(ownMine).isPresent();
        assertThat(ownTheirs).isEmpty();
        assertThat(ownNobodys).isEmpty();
        assertThat(allTheirs).isPresent();
        assertThat(allNobodys).isPresent();
    }

    @Test
    void findView_afterTheCustomerIsReassigned_followsTheNewKam() {
        User kam = newUser(users, "kam");
        User newKam = newUser(users, "kam");
        Customer customer = newCustomer(customers, "Moving", "", kam);
        Bill bill = newBill(customer, TODAY, "", iig("1", "1", "0"), null, NOW);

        customers.update(customer.assignKam(newKam.id(), NOW.plusSeconds(1)));

        assertThat(bills.findView(own(kam), bill.id())).isEmpty();
        assertThat(bills.findView(own(newKam), bill.id())).isPresent();
    }

    @Test
    void list_forASinkWantingNoTotal_streamsTheRowsWithoutCounting() {
        String marker = BillingFixtures.marker("Uncounted");
        User kam = newUser(users, "kam");
        Bill only = newBill(newCustomer(customers, "Uncounted", "", kam), TODAY, marker, iig("1", "1", "0"), null, NOW);
        List<Long> streamed = new ArrayList<>();

        bills.list(query(own(kam), marker), new ResultSink<>() {
            @Override
            public boolean wantsTotal() {
                return false;
            }

            @Override
            public void total(long count) {
                throw new AssertionError("counted although no total was wanted");
            }

            @Override
            public void item(BillView bill) {
                streamed.add(bill.id());
            }
        });

        assertThat(streamed).containsExactly(only.id());
    }

    @Test
    void list_scopeOwnOrAll_listsBillsOfTheKamsOwnOrEveryCustomer() {
        String marker = BillingFixtures.marker("Scoped");
        User kam = newUser(users, "kam");
        User otherKam = newUser(users, "kam");
        Bill mine = newBill(newCustomer(customers, "Mine", "", kam), TODAY, marker, iig("1", "1", "0"), null, NOW);
        Bill theirs = newBill(newCustomer(customers, "Theirs", "", otherKam), TODAY, marker, iig("1", "1", "0"), null,
                NOW);
        Bill nobodys = newBill(newCustomer(customers, "Nobodys", "", null), TODAY, marker, iig("1", "1", "0"), null,
                NOW);

        CollectingSink<BillView> ownList = list(query(own(kam), marker));
        CollectingSink<BillView> allList = list(query(all(kam), marker));

        assertThat(ownList.total()).isEqualTo(1);
        assertThat(ownList.items()).extracting(BillView::id).containsExactly(mine.id());
        assertThat(allList.total()).isEqualTo(3);
        assertThat(allList.items()).extracting(BillView::id).containsExactly(mine.id(), theirs.id(), nobodys.id());
    }

    @Test
    void list_aPageForAnOwnViewer_searchedByCustomerName_countsAndShowsTheKamsBillsOnly() {
        String marker = BillingFixtures.marker("PagedScope");
        User kam = newUser(users, "kam");
        Customer mine = newCustomer(customers, marker + " Mine", "", kam);
        Bill small = newBill(mine, TODAY, "paged", iig("1", "10", "0"), null, NOW);
        Bill large = newBill(mine, TODAY, "paged", iig("3", "10", "0"), null, NOW);
        Bill middle = newBill(mine, TODAY, "paged", iig("2", "10", "0"), null, NOW);
        newBill(newCustomer(customers, marker + " Theirs", "", newUser(users, "kam")), TODAY, "paged",
                iig("9", "10", "0"), null, NOW);

        CollectingSink<BillView> firstPage = list(new ListBillsQuery(own(kam), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), new ListSpec<>(Optional.of(marker),
                        List.of(SortOrder.descending(BillSortField.TOTAL_BILL)), Optional.of(new PageRequest(1, 2)))));

        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(firstPage.items()).extracting(BillView::id).containsExactly(large.id(), middle.id());
        assertThat(firstPage.items()).extracting(bill -> bill.customer().name()).containsOnly(marker + " Mine");
        assertThat(small.id()).isNotIn(firstPage.items().stream().map(BillView::id).toList());
    }

    @Test
    void list_filters_answerTheMatchingBills() {
        String marker = BillingFixtures.marker("Filtered");
        Customer first = newCustomer(customers, marker + " first", "", null);
        Customer second = newCustomer(customers, marker + " second", "", null);
        Bill january = newBill(first, LocalDate.of(2025, 1, 31), "", iig("1", "1", "0"), BillStatus.ACTIVE, NOW);
        Bill february = newBill(first, LocalDate.of(2025, 2, 1), "", iig("1", "1", "0"), BillStatus.INACTIVE, NOW);
        Bill endOfFebruary = newBill(second, LocalDate.of(2025, 2, 28), "", iig("1", "1", "0"), BillStatus.ACTIVE,
                NOW);
        Bill undated = newBill(second, null, "", iig("1", "1", "0"), BillStatus.ACTIVE, NOW);
        Viewer admin = all(newUser(users, "admin"));
        ListBillsQuery everything = query(admin, marker);

        assertThat(ids(everything)).containsExactly(january.id(), february.id(), endOfFebruary.id(), undated.id());
        assertThat(ids(withStatus(everything, BillStatus.ACTIVE)))
                .containsExactly(january.id(), endOfFebruary.id(), undated.id());
        assertThat(ids(withStatus(everything, BillStatus.INACTIVE))).containsExactly(february.id());
        assertThat(ids(withCustomer(everything, first.id()))).containsExactly(january.id(), february.id());
        assertThat(ids(withDates(everything, LocalDate.of(2025, 2, 1), null, null))).containsExactly(february.id());
        assertThat(ids(withDates(everything, null, LocalDate.of(2025, 2, 1), null)))
                .containsExactly(february.id(), endOfFebruary.id());
        assertThat(ids(withDates(everything, null, null, LocalDate.of(2025, 2, 1))))
                .containsExactly(january.id(), february.id());
        assertThat(ids(withDates(everything, null, LocalDate.of(2025, 2, 2), LocalDate.of(2025, 2, 28))))
                .containsExactly(endOfFebruary.id());
        assertThat(ids(withCustomer(withStatus(withDates(everything, null, LocalDate.of(2025, 1, 1), null),
                BillStatus.ACTIVE), second.id()))).containsExactly(endOfFebruary.id());
    }

    @Test
    void list_filterForCustomerOfAnotherKam_answersNothingToAnOwnViewer() {
        String marker = BillingFixtures.marker("Foreign");
        User kam = newUser(users, "kam");
        Customer theirs = newCustomer(customers, "Theirs", "", newUser(users, "kam"));
        newBill(theirs, TODAY, marker, iig("1", "1", "0"), null, NOW);

        CollectingSink<BillView> sink = list(withCustomer(query(own(kam), marker), theirs.id()));

        assertThat(sink.total()).isZero();
        assertThat(sink.items()).isEmpty();
    }

    @Test
    void list_search_matchesEveryTextFieldIgnoringCase() {
        int n = BillingFixtures.next();
        Viewer admin = all(newUser(users, "admin"));
        Customer plain = newCustomer(customers, "Plain", "Plain", null);
        Bill byRemarks = newBill(plain, TODAY, "Remarktoken" + n + " paid late", iig("1", "1", "0"), null, NOW);
        Bill byCap = newBill(plain, new BillTerms("Captoken" + n, "", null, TODAY, null, ""), iig("1", "1", "0"),
                null, NOW);
        Bill byCom = newBill(plain, new BillTerms("", "Comtoken" + n, null, TODAY, null, ""), iig("1", "1", "0"),
                null, NOW);
        Bill byNumber = newBill(plain, TODAY, "", iig("1", "1", "0"), null, NOW);
        Bill byCustomerName = newBill(newCustomer(customers, "Nametoken" + n, "Plain", null), TODAY, "",
                iig("1", "1", "0"), null, NOW);
        Bill byCompanyName = newBill(newCustomer(customers, "Plain", "Companytoken" + n + " Ltd", null), TODAY, "",
                iig("1", "1", "0"), null, NOW);

        assertThat(search(admin, "REMARKTOKEN" + n)).containsExactly(byRemarks.id());
        assertThat(search(admin, "captoken" + n)).containsExactly(byCap.id());
        assertThat(search(admin, "ComToken" + n)).containsExactly(byCom.id());
        assertThat(search(admin, byNumber.billNumber().toLowerCase())).containsExactly(byNumber.id());
        assertThat(search(admin, "nametoken" + n)).containsExactly(byCustomerName.id());
        assertThat(search(admin, "COMPANYTOKEN" + n)).containsExactly(byCompanyName.id());
    }

    @Test
    void list_searchWithWildcards_matchesThemLiterally() {
        String marker = BillingFixtures.marker("Wild");
        Customer customer = newCustomer(customers, "Wild", "", null);
        Bill percent = newBill(customer, TODAY, marker + " 100% paid", iig("1", "1", "0"), null, NOW);
        newBill(customer, TODAY, marker + " 1000 paid", iig("1", "1", "0"), null, NOW);
        Viewer admin = all(newUser(users, "admin"));

        List<Long> found = search(admin, marker + " 100%");

        assertThat(found).containsExactly(percent.id());
    }

    @Test
    void list_orderingsAndPage_answerTheRequestedSlice() {
        String marker = BillingFixtures.marker("Ordered");
        Customer customer = newCustomer(customers, "Ordered", "", null);
        Bill march = newBill(customer, LocalDate.of(2025, 3, 1), marker, iig("3", "100", "0"), null,
                NOW.plusSeconds(4));
        Bill undated = newBill(customer, null, marker, iig("1", "100", "100"), null, NOW.plusSeconds(1));
        Bill january = newBill(customer, LocalDate.of(2025, 1, 1), marker, iig("3", "100", "50"), null,
                NOW.plusSeconds(3));
        Bill february = newBill(customer, LocalDate.of(2025, 2, 1), marker, iig("2", "100", "0"), null,
                NOW.plusSeconds(2));
        bills.update(undated.revise(undated.terms(), undated.charges(), undated.status(), NOW.plusSeconds(10)));
        Viewer admin = all(newUser(users, "admin"));

        assertThat(ordered(admin, marker)).containsExactly(march.id(), undated.id(), january.id(), february.id());
        assertThat(ordered(admin, marker, SortOrder.ascending(BillSortField.BILLING_DATE)))
                .containsExactly(undated.id(), january.id(), february.id(), march.id());
        assertThat(ordered(admin, marker, SortOrder.descending(BillSortField.BILLING_DATE)))
                .containsExactly(march.id(), february.id(), january.id(), undated.id());
        // 300.00 twice: the tie-breaker runs in the key's direction, newer id first
        assertThat(ordered(admin, marker, SortOrder.descending(BillSortField.TOTAL_BILL)))
                .containsExactly(january.id(), march.id(), february.id(), undated.id());
        assertThat(ordered(admin, marker, SortOrder.ascending(BillSortField.TOTAL_DUE)))
                .containsExactly(undated.id(), february.id(), january.id(), march.id());
        assertThat(ordered(admin, marker, SortOrder.descending(BillSortField.TOTAL_RECEIVED)))
                .containsExactly(undated.id(), january.id(), february.id(), march.id());
        assertThat(ordered(admin, marker, SortOrder.ascending(BillSortField.CREATED_AT)))
                .containsExactly(undated.id(), february.id(), january.id(), march.id());
        assertThat(ordered(admin, marker, SortOrder.descending(BillSortField.UPDATED_AT)))
                .containsExactly(undated.id(), march.id(), january.id(), february.id());
        assertThat(ordered(admin, marker, SortOrder.descending(BillSortField.TOTAL_BILL),
                SortOrder.descending(BillSortField.BILLING_DATE)))
                .containsExactly(march.id(), january.id(), february.id(), undated.id());

        CollectingSink<BillView> secondPage = list(new ListBillsQuery(admin, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), new ListSpec<>(Optional.of(marker),
                        List.of(SortOrder.descending(BillSortField.TOTAL_BILL)), Optional.of(new PageRequest(2, 3)))));
        assertThat(secondPage.total()).isEqualTo(4);
        assertThat(secondPage.items()).extracting(BillView::id).containsExactly(undated.id());
    }

    @Test
    void list_everySortFieldBothWays_isAccepted() {
        String marker = BillingFixtures.marker("Sorted");
        Customer customer = newCustomer(customers, "Sorted", "", null);
        newBill(customer, TODAY, marker, iig("1", "1", "0"), null, NOW);
        newBill(customer, null, marker, iig("2", "1", "0"), null, NOW);
        Viewer admin = all(newUser(users, "admin"));

        for (BillSortField field : BillSortField.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                List<Long> sorted = ordered(admin, marker, new SortOrder<>(field, descending));

                assertThat(sorted).as("ordered by %s, descending %s", field, descending).hasSize(2);
            }
        }
    }

    private Bill newBill(Customer customer, LocalDate billingDate, String remarks, BillCharges charges,
            BillStatus status, Instant createdAt) {
        return newBill(customer, terms(billingDate, remarks), charges, status, createdAt);
    }

    private Bill newBill(Customer customer, BillTerms terms, BillCharges charges, BillStatus status,
            Instant createdAt) {
        Bill bill = bill(bills, customer, terms, charges, status, createdAt);
        ledger().insert(bill);
        return bill;
    }

    private static ListBillsQuery query(Viewer viewer, String search) {
        return new ListBillsQuery(viewer, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), new ListSpec<>(Optional.of(search), List.of(), Optional.empty()));
    }

    private static ListBillsQuery withStatus(ListBillsQuery q, BillStatus status) {
        return new ListBillsQuery(q.viewer(), Optional.of(status), q.customer(), q.billingDate(), q.billingDateAfter(),
                q.billingDateBefore(), q.spec());
    }

    private static ListBillsQuery withCustomer(ListBillsQuery q, long customerId) {
        return new ListBillsQuery(q.viewer(), q.status(), Optional.of(customerId), q.billingDate(),
                q.billingDateAfter(), q.billingDateBefore(), q.spec());
    }

    private static ListBillsQuery withDates(ListBillsQuery q, LocalDate on, LocalDate after, LocalDate before) {
        return new ListBillsQuery(q.viewer(), q.status(), q.customer(), Optional.ofNullable(on),
                Optional.ofNullable(after), Optional.ofNullable(before), q.spec());
    }

    private CollectingSink<BillView> list(ListBillsQuery query) {
        CollectingSink<BillView> sink = new CollectingSink<>();
        bills.list(query, sink);
        return sink;
    }

    private List<Long> ids(ListBillsQuery query) {
        CollectingSink<BillView> sink = list(query);
        assertThat(sink.total()).isEqualTo(sink.items().size());
        return sink.items().stream().map(BillView::id).toList();
    }

    private List<Long> search(Viewer viewer, String text) {
        return ids(query(viewer, text));
    }

    @SafeVarargs
    private List<Long> ordered(Viewer viewer, String marker, SortOrder<BillSortField>... ordering) {
        return ids(new ListBillsQuery(viewer, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), new ListSpec<>(Optional.of(marker), List.of(ordering), Optional.empty())));
    }
}
