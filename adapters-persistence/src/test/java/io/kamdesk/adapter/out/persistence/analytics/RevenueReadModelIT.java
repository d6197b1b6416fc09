package io.kamdesk.adapter.out.persistence.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.analytics.RevenueData.BillRow;
import io.kamdesk.adapter.out.persistence.analytics.RevenueData.CustomerRow;
import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.analytics.port.in.CustomerRevenueSortField;
import io.kamdesk.application.analytics.port.in.Granularity;
import io.kamdesk.application.analytics.port.in.RevenueFilter;
import io.kamdesk.application.analytics.port.in.RevenuePoint;
import io.kamdesk.application.analytics.port.out.RevenueReadModel;
import io.kamdesk.application.analytics.port.out.RevenueReadModel.CustomerRevenueRow;
import io.kamdesk.application.analytics.port.out.RevenueReadModel.KamRevenueRow;
import io.kamdesk.application.analytics.port.out.RevenueRollup;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Viewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The read model over generated data, for an admin (every customer), a sales_person (their own
 * customers) and an admin narrowed to one KAM: every figure equals what the definitions give when
 * applied bill by bill, the series, totals, customers and KAMs add up to each other to the cent,
 * and all of it holds with the rollup's changes pending, compacted, and after bills change. The
 * database session runs in a time zone fourteen hours away from UTC (and eight from Dhaka): no bill
 * may move to another period because of it. This class has a database of its own.
 */
@SpringBootTest(classes = PersistenceTestApplication.class, properties =
        "spring.datasource.hikari.connection-init-sql=set time zone 'Pacific/Kiritimati'")
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevenueReadModelIT {

    private static final LocalDate RANGE_FROM = LocalDate.of(2022, 3, 17);
    private static final LocalDate RANGE_TO = LocalDate.of(2025, 8, 9);

    @Autowired
    RevenueReadModel readModel;
    @Autowired
    RevenueRollup rollup;
    @Autowired
    DSLContext dsl;

    RevenueData data;

    @BeforeAll
    void generate() {
        data = RevenueData.generate(dsl, 20261126L, 60, 2500);
    }

    @Test
    void generatedData_everyScope_figuresFollowTheDefinitionsBeforeAndAfterCompaction() {
        assertEveryScope("changes pending");

        rollup.compact(1_000_000);
        assertEveryScope("compacted");

        mutate(new Random(7));
        assertEveryScope("bills changed after compaction");

        rollup.compact(100);
        assertEveryScope("partly compacted");

        rollup.compact(1_000_000);
        assertEveryScope("compacted again");
    }

    @Test
    void theDataVersion_canStayTheSame_andMovesWithEveryCommittedBill() {
        String before = readModel.dataVersion();
        // other databases of the same server may commit meanwhile: a few reads find two equal in a row
        boolean steady = false;
        for (int read = 0; read < 100 && !steady; read++) {
            String next = readModel.dataVersion();
            steady = next.equals(before);
            before = next;
        }

        data.bill(data.customer(data.kam(), LocalDate.of(2020, 1, 1), null), LocalDate.of(2024, 5, 1), "5.00",
                "0.00", true);

        assertThat(steady).as("two reads without a commit between them give the same version").isTrue();
        assertThat(readModel.dataVersion()).isNotEqualTo(before);
    }

    @Test
    void billOnTheFirstAndLastOfAMonth_belongsToThatMonth_whateverTheSessionTimeZone() {
        long kam = data.kam();
        Viewer viewer = own(kam);
        CustomerRow customer = data.customer(kam, LocalDate.of(2020, 1, 1), null);
        data.bill(customer, LocalDate.of(2024, 3, 1), "100.00", "0.00", true);
        data.bill(customer, LocalDate.of(2024, 2, 29), "10.00", "0.00", true);
        data.bill(customer, LocalDate.of(2024, 3, 3), "1.00", "0.00", true); // a Sunday
        data.bill(customer, LocalDate.of(2024, 3, 4), "0.10", "0.00", true); // the next Monday
        data.bill(customer, LocalDate.of(2023, 12, 31), "0.01", "0.00", true);
        RevenueFilter range = within(viewer, LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 31));

        List<RevenuePoint> months = readModel.revenueByPeriod(range, Granularity.MONTH);
        List<RevenuePoint> weeks = readModel.revenueByPeriod(range, Granularity.WEEK);
        List<RevenuePoint> years = readModel.revenueByPeriod(range, Granularity.YEAR);

        assertThat(dsl.fetchValue("show timezone")).isEqualTo("Pacific/Kiritimati");
        assertThat(months).containsExactly(
                new RevenuePoint(LocalDate.of(2023, 12, 1), new BigDecimal("0.01")),
                new RevenuePoint(LocalDate.of(2024, 2, 1), new BigDecimal("10.00")),
                new RevenuePoint(LocalDate.of(2024, 3, 1), new BigDecimal("101.10")));
        assertThat(weeks).containsExactly(
                new RevenuePoint(LocalDate.of(2023, 12, 25), new BigDecimal("0.01")),
                new RevenuePoint(LocalDate.of(2024, 2, 26), new BigDecimal("111.00")),
                new RevenuePoint(LocalDate.of(2024, 3, 4), new BigDecimal("0.10")));
        assertThat(years).containsExactly(
                new RevenuePoint(LocalDate.of(2023, 1, 1), new BigDecimal("0.01")),
                new RevenuePoint(LocalDate.of(2024, 1, 1), new BigDecimal("111.10")));
    }

    @Test
    void kamWithCustomersButNoBills_hasZeroFiguresAndNoPeriods() {
        long kam = data.kam();
        CustomerRow customer = data.customer(kam, LocalDate.of(2024, 5, 1), null);
        RevenueFilter allTime = new RevenueFilter(own(kam), Optional.empty(), Optional.empty(), Optional.empty());
        CollectingSink<CustomerRevenueRow> rows = new CollectingSink<>();

        readModel.customerRevenue(allTime, ListSpec.everything(), rows);

        assertThat(readModel.totals(within(own(kam), LocalDate.of(2000, 1, 1), LocalDate.of(2019, 12, 31))))
                .isEqualTo(new RevenueReadModel.Totals(new BigDecimal("0.00"), new BigDecimal("0.00")));
        assertThat(readModel.revenueByPeriod(within(own(kam), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                Granularity.MONTH)).isEmpty();
        assertThat(rows.total()).isEqualTo(1);
        assertThat(rows.items().getFirst().customerId()).isEqualTo(customer.id());
        assertThat(rows.items().getFirst().revenue()).isEqualByComparingTo("0");
        assertThat(readModel.kamRevenue(allTime, LocalDate.of(2026, 1, 1)))
                .containsExactly(new KamRevenueRow(kam, data.kamNames.get(kam), 1, 1, new BigDecimal("0.00")));
    }

    @Test
    void theCustomerWiseCount_isEveryCustomerOfItsViewerAndSearch_pagedOrNot() {
        long kam = data.kam();
        CustomerRow first = data.customer(kam, LocalDate.of(2024, 5, 1), null);
        data.customer(kam, LocalDate.of(2024, 5, 1), null);
        data.customer(data.kam(), LocalDate.of(2024, 5, 1), null);
        RevenueFilter own = new RevenueFilter(own(kam), Optional.empty(), Optional.empty(), Optional.empty());
        Optional<String> search = Optional.of(first.name());
        CollectingSink<CustomerRevenueRow> listed = new CollectingSink<>();
        CollectingSink<CustomerRevenueRow> paged = new CollectingSink<>();
        CollectingSink<CustomerRevenueRow> searched = new CollectingSink<>();

        readModel.customerRevenue(own, ListSpec.everything(), listed);
        readModel.customerRevenue(own, new ListSpec<>(Optional.empty(), List.of(),
                Optional.of(new PageRequest(1, 1))), paged);
        readModel.customerRevenue(own, new ListSpec<>(search, List.of(), Optional.empty()), searched);

        assertThat(listed.total()).isEqualTo(2);
        assertThat(paged.total()).as("a page by revenue, from the rollup").isEqualTo(2);
        assertThat(paged.items()).hasSize(1);
        assertThat(searched.total()).isEqualTo(1);
    }

    @Test
    void billsWithoutBillingDateOrInactive_countNowhere_notEvenAllTime() {
        long kam = data.kam();
        CustomerRow customer = data.customer(kam, LocalDate.of(2024, 5, 1), null);
        data.bill(customer, null, "500.00", "500.00", true);
        data.bill(customer, LocalDate.of(2024, 6, 1), "70.00", "7.00", false);
        data.bill(customer, LocalDate.of(2024, 6, 2), "30.00", "3.00", true);
        RevenueFilter allTime = new RevenueFilter(own(kam), Optional.empty(), Optional.empty(), Optional.empty());
        CollectingSink<CustomerRevenueRow> rows = new CollectingSink<>();

        readModel.customerRevenue(allTime, ListSpec.everything(), rows);

        CustomerRevenueRow row = rows.items().getFirst();
        assertThat(row.revenue()).isEqualByComparingTo("30.00");
        assertThat(row.collected()).isEqualByComparingTo("3.00");
        assertThat(row.due()).isEqualByComparingTo("27.00");
    }

    @Test
    void customerWhoLeftAndCameBack_isActiveAgain_andAllTheirBillsCount() {
        long kam = data.kam();
        CustomerRow stayed = data.customer(kam, LocalDate.of(2023, 1, 1), null);
        CustomerRow left = data.customer(kam, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));
        CustomerRow cameBack = data.customer(kam, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));
        dsl.update(io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER)
                .set(io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER.LEFT_ON, (LocalDate) null)
                .set(io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER.STATUS, "Active")
                .where(io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER.ID.eq(cameBack.id()))
                .execute();
        data.bill(cameBack, LocalDate.of(2023, 6, 1), "100.00", "0.00", true);
        data.bill(cameBack, LocalDate.of(2024, 6, 1), "200.00", "0.00", true);
        data.bill(left, LocalDate.of(2023, 6, 1), "1.00", "0.00", true);
        Viewer viewer = own(kam);

        var atEnd = readModel.customerCounts(viewer, Optional.empty(), LocalDate.of(2025, 1, 1));
        var beforeLeaving = readModel.customerCounts(viewer, Optional.empty(), LocalDate.of(2023, 12, 31));
        var onLeavingDay = readModel.customerCounts(viewer, Optional.empty(), LocalDate.of(2024, 1, 1));
        var beforeJoining = readModel.customerCounts(viewer, Optional.empty(), LocalDate.of(2022, 12, 31));

        assertThat(atEnd).isEqualTo(new RevenueReadModel.CustomerCounts(3, 2));
        assertThat(beforeLeaving).isEqualTo(new RevenueReadModel.CustomerCounts(3, 3));
        assertThat(onLeavingDay).isEqualTo(new RevenueReadModel.CustomerCounts(3, 2));
        assertThat(beforeJoining).isEqualTo(new RevenueReadModel.CustomerCounts(0, 0));
        assertThat(readModel.totals(within(viewer, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31))).revenue())
                .isEqualByComparingTo("301.00");
        assertThat(stayed.id()).isPositive();
    }

    @Test
    void salesPersonNamingAnotherKam_seesNothing() {
        long mine = data.kams.get(0);
        long theirs = data.kams.get(1);

        var totals = readModel.totals(new RevenueFilter(own(mine), Optional.of(theirs), Optional.empty(),
                Optional.empty()));
        var kams = readModel.kamRevenue(new RevenueFilter(own(mine), Optional.of(theirs), Optional.empty(),
                Optional.empty()), LocalDate.of(2026, 1, 1));

        assertThat(totals.revenue()).isEqualByComparingTo("0");
        assertThat(kams).isEmpty();
    }

    @Test
    void customerWise_pages_areOrderedByRevenueThenName_andCountEveryCustomerInScope() {
        Viewer admin = all();
        CollectingSink<CustomerRevenueRow> everything = new CollectingSink<>();
        CollectingSink<CustomerRevenueRow> secondPage = new CollectingSink<>();
        RevenueFilter allTime = new RevenueFilter(admin, Optional.empty(), Optional.empty(), Optional.empty());

        readModel.customerRevenue(allTime, ListSpec.everything(), everything);
        readModel.customerRevenue(allTime, new ListSpec<>(Optional.empty(), List.of(),
                Optional.of(new PageRequest(2, 5))), secondPage);

        assertThat(everything.total()).isEqualTo(everything.items().size()).isGreaterThanOrEqualTo(60);
        for (int i = 1; i < everything.items().size(); i++) {
            CustomerRevenueRow before = everything.items().get(i - 1);
            CustomerRevenueRow after = everything.items().get(i);
            assertThat(before.revenue().compareTo(after.revenue())).isGreaterThanOrEqualTo(0);
            if (before.revenue().compareTo(after.revenue()) == 0) {
                assertThat(before.customerName().compareToIgnoreCase(after.customerName())).isLessThanOrEqualTo(0);
            }
        }
        assertThat(secondPage.total()).isEqualTo(everything.total());
        assertThat(secondPage.items()).isEqualTo(everything.items().subList(5, 10));
    }

    private void assertEveryScope(String when) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope("admin", all(), Optional.empty(), customer -> true));
        for (long kam : data.kams.subList(0, 3)) {
            scopes.add(new Scope("sales_person " + kam, own(kam), Optional.empty(),
                    customer -> Long.valueOf(kam).equals(customer.kamId())));
            scopes.add(new Scope("admin narrowed to " + kam, all(), Optional.of(kam),
                    customer -> Long.valueOf(kam).equals(customer.kamId())));
        }
        for (Scope scope : scopes) {
            String as = scope.name() + ", " + when;
            assertRangeFigures(scope, RANGE_FROM, RANGE_TO, as + ", partial months");
            assertRangeFigures(scope, LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31), as + ", whole years");
            assertRangeFigures(scope, LocalDate.of(2024, 2, 3), LocalDate.of(2024, 2, 20), as + ", within a month");
            assertAllTime(scope, as + ", all time");
            for (int year = 2021; year <= 2026; year++) {
                RevenueFilter wholeYear = RevenueFilter.within(scope.viewer(), scope.kam(), new io.kamdesk.application
                        .analytics.port.in.DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
                BigDecimal months = sum(readModel.revenueByPeriod(wholeYear, Granularity.MONTH));
                List<RevenuePoint> yearly = readModel.revenueByPeriod(wholeYear, Granularity.YEAR);
                assertThat(yearly.stream().map(RevenuePoint::revenue).reduce(new BigDecimal("0.00"), BigDecimal::add))
                        .as(as + ": months of " + year + " add up to the year").isEqualTo(months);
            }
        }
    }

    private void assertRangeFigures(Scope scope, LocalDate from, LocalDate to, String as) {
        RevenueFilter range = RevenueFilter.within(scope.viewer(), scope.kam(),
                new io.kamdesk.application.analytics.port.in.DateRange(from, to));
        List<BillRow> expectedBills = data.revenueBills(scope.customers(), from, to);
        BigDecimal expected = RevenueData.revenue(expectedBills);

        var totals = readModel.totals(range);
        List<RevenuePoint> weeks = readModel.revenueByPeriod(range, Granularity.WEEK);
        List<RevenuePoint> months = readModel.revenueByPeriod(range, Granularity.MONTH);
        List<RevenuePoint> years = readModel.revenueByPeriod(range, Granularity.YEAR);
        CollectingSink<CustomerRevenueRow> customers = new CollectingSink<>();
        readModel.customerRevenue(range, ListSpec.everything(), customers);
        List<KamRevenueRow> kams = readModel.kamRevenue(range, to);

        assertThat(totals.revenue()).as(as + ": revenue").isEqualTo(expected);
        assertThat(totals.collected()).as(as + ": collected").isEqualTo(RevenueData.collected(expectedBills));
        assertThat(months).as(as + ": months").isEqualTo(expectedSeries(expectedBills, Granularity.MONTH));
        assertThat(weeks).as(as + ": weeks").isEqualTo(expectedSeries(expectedBills, Granularity.WEEK));
        assertThat(years).as(as + ": years").isEqualTo(expectedSeries(expectedBills, Granularity.YEAR));
        assertThat(sum(weeks)).as(as + ": Σ weekly = total").isEqualTo(expected);
        assertThat(sum(months)).as(as + ": Σ monthly = total").isEqualTo(expected);
        assertThat(sum(years)).as(as + ": Σ yearly = total").isEqualTo(expected);
        assertCustomersAndKams(scope, customers, kams, expectedBills, to, as);
    }

    private void assertAllTime(Scope scope, String as) {
        RevenueFilter allTime = new RevenueFilter(scope.viewer(), scope.kam(), Optional.empty(), Optional.empty());
        List<BillRow> expectedBills = data.revenueBills(scope.customers(), null, null);
        CollectingSink<CustomerRevenueRow> customers = new CollectingSink<>();
        readModel.customerRevenue(allTime, ListSpec.everything(), customers);
        LocalDate end = LocalDate.of(2026, 11, 26);
        List<KamRevenueRow> kams = readModel.kamRevenue(allTime, end);

        assertCustomersAndKams(scope, customers, kams, expectedBills, end, as);
        assertPagesMatchTheWholeList(allTime, List.of(), as + ", default ordering");
        assertPagesMatchTheWholeList(allTime,
                List.of(new SortOrder<>(CustomerRevenueSortField.TOTAL_REVENUE, true)), as + ", by revenue alone");
        assertPagesMatchTheWholeList(allTime, List.of(new SortOrder<>(CustomerRevenueSortField.TOTAL_REVENUE,
                true), new SortOrder<>(CustomerRevenueSortField.JOIN_DATE, true)), as + ", by revenue then joined");
        assertPagesMatchTheWholeList(allTime, List.of(new SortOrder<>(CustomerRevenueSortField.CUSTOMER_NAME, false)),
                as + ", by name");
        assertPagesMatchTheWholeList(allTime, List.of(new SortOrder<>(CustomerRevenueSortField.TOTAL_DUE, true)),
                as + ", by due");
    }

    /** Pages (by revenue: read from the rollup's index) put together are the whole list, in its order. */
    private void assertPagesMatchTheWholeList(RevenueFilter allTime,
            List<SortOrder<CustomerRevenueSortField>> ordering, String as) {
        CollectingSink<CustomerRevenueRow> whole = new CollectingSink<>();
        readModel.customerRevenue(allTime, new ListSpec<>(Optional.empty(), ordering, Optional.empty()), whole);
        List<CustomerRevenueRow> paged = new ArrayList<>();
        for (int number = 1; (number - 1) * 7 <= whole.items().size(); number++) {
            CollectingSink<CustomerRevenueRow> page = new CollectingSink<>();
            readModel.customerRevenue(allTime, new ListSpec<>(Optional.empty(), ordering,
                    Optional.of(new PageRequest(number, 7))), page);
            assertThat(page.total()).as(as + ": count on page " + number).isEqualTo(whole.items().size());
            paged.addAll(page.items());
        }
        assertThat(paged).as(as + ": pages of 7 put together").isEqualTo(whole.items());
    }

    private void assertCustomersAndKams(Scope scope, CollectingSink<CustomerRevenueRow> customers,
            List<KamRevenueRow> kams, List<BillRow> expectedBills, LocalDate end, String as) {
        Map<Long, BigDecimal> expectedRevenue = new HashMap<>();
        Map<Long, BigDecimal> expectedDue = new HashMap<>();
        for (BillRow bill : expectedBills) {
            expectedRevenue.merge(bill.customerId(), bill.total(), BigDecimal::add);
            expectedDue.merge(bill.customerId(), bill.due(), BigDecimal::add);
        }
        List<CustomerRow> inScope = data.customers.stream().filter(scope.customers()).toList();
        assertThat(customers.total()).as(as + ": one row per customer in scope").isEqualTo(inScope.size());
        assertThat(customers.items()).extracting(CustomerRevenueRow::customerId).as(as + ": the customers")
                .containsExactlyInAnyOrderElementsOf(inScope.stream().map(CustomerRow::id).toList());
        for (CustomerRevenueRow row : customers.items()) {
            assertThat(row.revenue()).as(as + ": revenue of " + row.customerName())
                    .isEqualByComparingTo(expectedRevenue.getOrDefault(row.customerId(), BigDecimal.ZERO));
            assertThat(row.due()).as(as + ": due of " + row.customerName())
                    .isEqualByComparingTo(expectedDue.getOrDefault(row.customerId(), BigDecimal.ZERO));
        }
        BigDecimal customerTotal = customers.items().stream().map(CustomerRevenueRow::revenue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unassigned = customers.items().stream().filter(row -> row.kam() == null)
                .map(CustomerRevenueRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal kamTotal = kams.stream().map(KamRevenueRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(customerTotal).as(as + ": Σ customer-wise = revenue")
                .isEqualByComparingTo(RevenueData.revenue(expectedBills));
        assertThat(kamTotal.add(unassigned)).as(as + ": Σ KAM + unassigned = Σ customer-wise")
                .isEqualByComparingTo(customerTotal);
        var counts = readModel.customerCounts(scope.viewer(), scope.kam(), end);
        assertThat(kams.stream().mapToLong(KamRevenueRow::totalCustomers).sum()
                + inScope.stream().filter(c -> c.kamId() == null && !c.joinedOn().isAfter(end)).count())
                .as(as + ": Σ KAM customers + unassigned = customers").isEqualTo(counts.total());
        assertThat(counts.total()).as(as + ": customers joined by the end")
                .isEqualTo(inScope.stream().filter(c -> !c.joinedOn().isAfter(end)).count());
        assertThat(counts.active()).as(as + ": customers active at the end")
                .isEqualTo(inScope.stream().filter(c -> !c.joinedOn().isAfter(end)
                        && (c.leftOn() == null || c.leftOn().isAfter(end))).count());
        for (KamRevenueRow kam : kams) {
            assertThat(kam.kam()).isEqualTo(data.kamNames.get(kam.kamId()));
            assertThat(kam.totalCustomers()).as(as + ": customers of " + kam.kam())
                    .isEqualTo(inScope.stream().filter(c -> Long.valueOf(kam.kamId()).equals(c.kamId())
                            && !c.joinedOn().isAfter(end)).count());
        }
    }

    private static List<RevenuePoint> expectedSeries(List<BillRow> bills, Granularity granularity) {
        TreeMap<LocalDate, BigDecimal> periods = new TreeMap<>();
        for (BillRow bill : bills) {
            periods.merge(granularity.start(bill.billingDate()), bill.total(), BigDecimal::add);
        }
        return periods.entrySet().stream().map(entry -> new RevenuePoint(entry.getKey(), entry.getValue())).toList();
    }

    private static BigDecimal sum(List<RevenuePoint> points) {
        return points.stream().map(RevenuePoint::revenue).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    /** Changes, re-dates, undates, deactivates and deletes bills, and moves customers between KAMs. */
    private void mutate(Random random) {
        for (int i = 0; i < 200; i++) {
            List<BillRow> bills = data.bills;
            BillRow bill = bills.get(random.nextInt(bills.size()));
            switch (random.nextInt(4)) {
                case 0 -> data.delete(bill);
                case 1 -> data.change(bill, random.nextInt(5) == 0 ? null
                        : LocalDate.of(2021, 1, 1).plusDays(random.nextInt(2190)),
                        "1234.56", "234.56", random.nextBoolean());
                case 2 -> data.change(bill, bill.billingDate(), bill.total().add(BigDecimal.ONE).toPlainString(),
                        bill.received().toPlainString(), bill.active());
                default -> data.change(bill, bill.billingDate(), bill.total().toPlainString(),
                        bill.received().toPlainString(), !bill.active());
            }
        }
        for (int i = 0; i < 5; i++) {
            CustomerRow customer = data.customers.get(random.nextInt(60));
            data.reassign(customer, random.nextBoolean() ? null : data.kams.get(random.nextInt(3)));
        }
    }

    private static RevenueFilter within(Viewer viewer, LocalDate from, LocalDate to) {
        return RevenueFilter.within(viewer, Optional.empty(),
                new io.kamdesk.application.analytics.port.in.DateRange(from, to));
    }

    private static Viewer own(long kam) {
        return new Viewer(kam, "kam", "sales_person", Set.of(), DataScope.OWN);
    }

    private static Viewer all() {
        return new Viewer(1, "admin", "admin", Set.of(), DataScope.ALL);
    }

    private record Scope(String name, Viewer viewer, Optional<Long> kam, Predicate<CustomerRow> customers) {
    }
}
