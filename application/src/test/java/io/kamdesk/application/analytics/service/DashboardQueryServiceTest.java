package io.kamdesk.application.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.analytics.port.in.CustomerRevenueSortField;
import io.kamdesk.application.analytics.port.in.CustomerRevenueView;
import io.kamdesk.application.analytics.port.in.DashboardQuery;
import io.kamdesk.application.analytics.port.in.Granularity;
import io.kamdesk.application.analytics.port.in.KamPerformanceView;
import io.kamdesk.application.analytics.port.in.KpisView;
import io.kamdesk.application.analytics.port.in.ListCustomerRevenueQuery;
import io.kamdesk.application.analytics.port.in.RevenueFilter;
import io.kamdesk.application.analytics.port.in.RevenuePoint;
import io.kamdesk.application.analytics.port.out.RevenueReadModel;
import io.kamdesk.application.analytics.testing.InMemoryFigureCache;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Defaults of each endpoint against today in the business time zone, zero-filling, and the derived
 * figures (changes, rates, averages) from the read model's sums.
 */
class DashboardQueryServiceTest {

    /** 18:30 UTC on 30 November is 00:30 on 1 December in Dhaka: "today" is already December. */
    private static final Instant DHAKA_DECEMBER_FIRST = Instant.parse("2026-11-30T18:30:00Z");
    private static final Viewer ADMIN = new Viewer(1, "root", "admin", Set.of(), DataScope.ALL);

    private final FakeReadModel readModel = new FakeReadModel();

    @Test
    void monthlySeries_withoutRange_isTheTwelveMonthsEndingWithTodaysMonthInDhaka_zeroFilled() {
        readModel.points.add(new RevenuePoint(LocalDate.of(2026, 12, 1), new BigDecimal("5.5")));

        List<RevenuePoint> months = service().revenueSeries(DashboardQuery.of(ADMIN), Granularity.MONTH);

        assertThat(readModel.filters).containsExactly(new RevenueFilter(ADMIN, Optional.empty(),
                Optional.of(LocalDate.of(2026, 1, 1)), Optional.of(LocalDate.of(2026, 12, 31))));
        assertThat(months).hasSize(12);
        assertThat(months.getFirst()).isEqualTo(new RevenuePoint(LocalDate.of(2026, 1, 1), new BigDecimal("0.00")));
        assertThat(months.getLast()).isEqualTo(new RevenuePoint(LocalDate.of(2026, 12, 1), new BigDecimal("5.50")));
    }

    @Test
    void weeklySeries_withoutRange_isTwelveIsoWeeksFromMondays_endingWithTheCurrentWeek() {
        List<RevenuePoint> weeks = service().revenueSeries(DashboardQuery.of(ADMIN), Granularity.WEEK);

        assertThat(weeks).hasSize(12);
        assertThat(weeks.getLast().periodStart()).isEqualTo(LocalDate.of(2026, 11, 30)); // Monday; today is Tue 1 Dec
        assertThat(weeks.getFirst().periodStart()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(readModel.filters.getFirst().to()).contains(LocalDate.of(2026, 12, 6));
        assertThat(weeks).allSatisfy(week -> assertThat(week.revenue()).isEqualTo(new BigDecimal("0.00")));
    }

    @Test
    void yearlySeries_withoutRange_isFiveYears_andAGivenRangeIsCutAtItsEnds() {
        List<RevenuePoint> defaults = service().revenueSeries(DashboardQuery.of(ADMIN), Granularity.YEAR);
        List<RevenuePoint> ranged = service().revenueSeries(new DashboardQuery(ADMIN,
                Optional.of(LocalDate.of(2023, 3, 17)), Optional.of(LocalDate.of(2024, 2, 9)), Optional.empty()),
                Granularity.YEAR);

        assertThat(defaults).extracting(point -> point.periodStart().getYear())
                .containsExactly(2022, 2023, 2024, 2025, 2026);
        assertThat(ranged).extracting(RevenuePoint::periodStart)
                .containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));
        assertThat(readModel.filters.getLast()).isEqualTo(new RevenueFilter(ADMIN, Optional.empty(),
                Optional.of(LocalDate.of(2023, 3, 17)), Optional.of(LocalDate.of(2024, 2, 9))));
    }

    @Test
    void kpis_withoutRange_compareTheThirtyDaysEndingTodayInDhaka_withTheThirtyBefore() {
        readModel.totals.put(LocalDate.of(2026, 12, 1), new RevenueReadModel.Totals(new BigDecimal("1125.00"),
                new BigDecimal("1000.00")));
        readModel.totals.put(LocalDate.of(2026, 11, 1), new RevenueReadModel.Totals(new BigDecimal("1000.00"),
                new BigDecimal("800.00")));
        readModel.counts.put(LocalDate.of(2026, 12, 1), new RevenueReadModel.CustomerCounts(26, 21));
        readModel.counts.put(LocalDate.of(2026, 11, 1), new RevenueReadModel.CustomerCounts(24, 22));
        readModel.cash.put(LocalDate.of(2026, 12, 1), new BigDecimal("640.50"));

        KpisView kpis = service().kpis(DashboardQuery.of(ADMIN));

        assertThat(readModel.filters).extracting(RevenueFilter::from, RevenueFilter::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Optional.of(LocalDate.of(2026, 11, 2)),
                        Optional.of(LocalDate.of(2026, 12, 1))),
                org.assertj.core.groups.Tuple.tuple(Optional.of(LocalDate.of(2026, 10, 3)),
                        Optional.of(LocalDate.of(2026, 11, 1))));
        assertThat(kpis).isEqualTo(new KpisView(new BigDecimal("1125.00"), new BigDecimal("12.50"), 26,
                new BigDecimal("8.33"), 21, new BigDecimal("-4.55"), new BigDecimal("88.89"),
                new BigDecimal("8.89"), new BigDecimal("640.50")));
        assertThat(readModel.cashFilters).extracting(RevenueFilter::from, RevenueFilter::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Optional.of(LocalDate.of(2026, 11, 2)),
                        Optional.of(LocalDate.of(2026, 12, 1))));
    }

    @Test
    void kpis_previousWindowWithoutRevenueOrCustomers_givesChangesOfZero_notADivisionError() {
        readModel.totals.put(LocalDate.of(2026, 12, 1), new RevenueReadModel.Totals(new BigDecimal("10.00"),
                new BigDecimal("0.00")));
        readModel.counts.put(LocalDate.of(2026, 12, 1), new RevenueReadModel.CustomerCounts(3, 3));

        KpisView kpis = service().kpis(DashboardQuery.of(ADMIN));

        assertThat(kpis).isEqualTo(new KpisView(new BigDecimal("10.00"), new BigDecimal("0.00"), 3,
                new BigDecimal("0.00"), 3, new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00"),
                new BigDecimal("0.00")));
    }

    @Test
    void kpis_givenRange_comparesWithTheRangeOfTheSameLengthJustBefore() {
        service().kpis(new DashboardQuery(ADMIN, Optional.of(LocalDate.of(2026, 3, 1)),
                Optional.of(LocalDate.of(2026, 3, 31)), Optional.of(7L)));

        assertThat(readModel.filters).containsExactly(
                new RevenueFilter(ADMIN, Optional.of(7L), Optional.of(LocalDate.of(2026, 3, 1)),
                        Optional.of(LocalDate.of(2026, 3, 31))),
                new RevenueFilter(ADMIN, Optional.of(7L), Optional.of(LocalDate.of(2026, 1, 29)),
                        Optional.of(LocalDate.of(2026, 2, 28))));
    }

    @Test
    void customerWise_rateIsCollectedOverRevenue_andZeroWithoutRevenue() {
        readModel.customers.add(new RevenueReadModel.CustomerRevenueRow(1, "Acme", "a@x.test", "Active",
                LocalDate.of(2025, 1, 15), null, "john", new BigDecimal("3.00"), new BigDecimal("1.00"),
                new BigDecimal("2.00")));
        readModel.customers.add(new RevenueReadModel.CustomerRevenueRow(2, "Idle", "i@x.test", "Lost",
                LocalDate.of(2025, 1, 15), LocalDate.of(2025, 6, 1), null, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO));
        CollectingSink<CustomerRevenueView> sink = new CollectingSink<>();

        service().listCustomerRevenue(new ListCustomerRevenueQuery(DashboardQuery.of(ADMIN),
                ListSpec.<CustomerRevenueSortField>everything()), sink);

        assertThat(readModel.filters).containsExactly(new RevenueFilter(ADMIN, Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertThat(sink.total()).isEqualTo(2);
        assertThat(sink.items()).extracting(CustomerRevenueView::collectionRate)
                .containsExactly(new BigDecimal("66.67"), new BigDecimal("0.00"));
        assertThat(sink.items().get(1).totalRevenue()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void kamPerformance_averageIsRevenuePerCustomer_zeroWithoutCustomers_countedAtToday() {
        readModel.kams.add(new RevenueReadModel.KamRevenueRow(2, "john", 3, 2, new BigDecimal("100.00")));
        readModel.kams.add(new RevenueReadModel.KamRevenueRow(3, "jane", 0, 0, new BigDecimal("5.00")));

        List<KamPerformanceView> kams = service().kamPerformance(DashboardQuery.of(ADMIN));

        assertThat(readModel.kamEnds).containsExactly(LocalDate.of(2026, 12, 1));
        assertThat(kams).containsExactly(
                new KamPerformanceView("john", 2, 3, 2, new BigDecimal("100.00"), new BigDecimal("33.33")),
                new KamPerformanceView("jane", 3, 0, 0, new BigDecimal("5.00"), new BigDecimal("0.00")));
    }

    @Test
    void range_reversedOrLongerThanTwentyYears_isRefusedOnTheField() {
        assertThatThrownBy(() -> new DashboardQuery(ADMIN, Optional.of(LocalDate.of(2026, 2, 1)),
                Optional.of(LocalDate.of(2026, 1, 31)), Optional.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("from"));
        assertThatThrownBy(() -> new DashboardQuery(ADMIN, Optional.of(LocalDate.of(2000, 1, 1)),
                Optional.of(LocalDate.of(2020, 1, 1)), Optional.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("to"));
        assertThat(new DashboardQuery(ADMIN, Optional.of(LocalDate.of(2000, 1, 1)),
                Optional.of(LocalDate.of(2019, 12, 31)), Optional.empty()).to()).isPresent();
    }

    @Test
    void series_fromOnlyAfterTodaysPeriod_isAReversedRange() {
        assertThatThrownBy(() -> service().revenueSeries(new DashboardQuery(ADMIN,
                Optional.of(LocalDate.of(2027, 1, 1)), Optional.empty(), Optional.empty()), Granularity.MONTH))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRepeatedQuestion_isReadOnce_untilTheDataChanges() {
        DashboardQueryService service = service();
        readModel.totals.put(LocalDate.of(2026, 12, 1), new RevenueReadModel.Totals(new BigDecimal("100.00"),
                new BigDecimal("0.00")));

        KpisView first = service.kpis(DashboardQuery.of(ADMIN));
        int reads = readModel.filters.size();
        KpisView again = service.kpis(DashboardQuery.of(ADMIN));
        readModel.version = "after a write";
        readModel.totals.put(LocalDate.of(2026, 12, 1), new RevenueReadModel.Totals(new BigDecimal("250.00"),
                new BigDecimal("0.00")));
        KpisView changed = service.kpis(DashboardQuery.of(ADMIN));

        assertThat(again).isEqualTo(first);
        assertThat(changed.totalRevenue()).isEqualByComparingTo("250.00");
        assertThat(readModel.filters).hasSize(2 * reads);
    }

    @Test
    void theCustomerWiseList_isReadForEveryPage_withTheReadModelsCount() {
        DashboardQueryService service = service();
        readModel.customers.add(new RevenueReadModel.CustomerRevenueRow(1, "Acme", "a@x.test", "Active",
                LocalDate.of(2025, 1, 15), null, "john", new BigDecimal("3.00"), new BigDecimal("1.00"),
                new BigDecimal("2.00")));
        ListCustomerRevenueQuery everyone = new ListCustomerRevenueQuery(DashboardQuery.of(ADMIN),
                ListSpec.<CustomerRevenueSortField>everything());
        CollectingSink<CustomerRevenueView> again = new CollectingSink<>();

        service.listCustomerRevenue(everyone, new CollectingSink<>());
        service.listCustomerRevenue(everyone, again);

        assertThat(again.total()).isEqualTo(1);
        assertThat(again.items()).extracting(CustomerRevenueView::customerName).containsExactly("Acme");
        assertThat(readModel.filters).hasSize(2);
    }

    @Test
    void anotherViewerRangeOrFigure_isReadApart() {
        DashboardQueryService service = service();
        Viewer kam = new Viewer(9, "kam", "sales_person", Set.of(), DataScope.OWN);

        service.kpis(DashboardQuery.of(ADMIN));
        int reads = readModel.filters.size();
        service.kpis(DashboardQuery.of(kam));
        service.kpis(new DashboardQuery(ADMIN, Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(),
                Optional.empty()));
        service.revenueSeries(DashboardQuery.of(ADMIN), Granularity.MONTH);
        service.revenueSeries(DashboardQuery.of(ADMIN), Granularity.WEEK);

        assertThat(readModel.filters).hasSize(3 * reads + 2);
    }

    private DashboardQueryService service() {
        return new DashboardQueryService(readModel,
                new BusinessCalendar(Clock.fixed(DHAKA_DECEMBER_FIRST, ZoneOffset.UTC), ZoneId.of("Asia/Dhaka")),
                new InMemoryFigureCache());
    }

    /** Answers canned sums and remembers what it was asked. */
    private static final class FakeReadModel implements RevenueReadModel {

        final List<RevenueFilter> filters = new ArrayList<>();
        final List<LocalDate> kamEnds = new ArrayList<>();
        final Map<LocalDate, Totals> totals = new HashMap<>();
        final Map<LocalDate, CustomerCounts> counts = new HashMap<>();
        final List<RevenuePoint> points = new ArrayList<>();
        final Map<LocalDate, BigDecimal> cash = new HashMap<>();
        final List<RevenueFilter> cashFilters = new ArrayList<>();
        final List<RevenuePoint> collections = new ArrayList<>();
        final List<CustomerRevenueRow> customers = new ArrayList<>();
        final List<KamRevenueRow> kams = new ArrayList<>();
        String version = "before";

        @Override
        public String dataVersion() {
            return version;
        }

        @Override
        public Totals totals(RevenueFilter filter) {
            filters.add(filter);
            return totals.getOrDefault(filter.to().orElseThrow(),
                    new Totals(new BigDecimal("0.00"), new BigDecimal("0.00")));
        }

        @Override
        public CustomerCounts customerCounts(Viewer viewer, Optional<Long> kam, LocalDate end) {
            return counts.getOrDefault(end, new CustomerCounts(0, 0));
        }

        @Override
        public List<RevenuePoint> revenueByPeriod(RevenueFilter filter, Granularity granularity) {
            filters.add(filter);
            return points;
        }

        @Override
        public BigDecimal cashCollected(RevenueFilter filter) {
            cashFilters.add(filter);
            return cash.getOrDefault(filter.to().orElseThrow(), new BigDecimal("0.00"));
        }

        @Override
        public List<RevenuePoint> collectedByPeriod(RevenueFilter filter, Granularity granularity) {
            filters.add(filter);
            return collections;
        }

        @Override
        public void customerRevenue(RevenueFilter filter, ListSpec<CustomerRevenueSortField> spec,
                ResultSink<CustomerRevenueRow> sink) {
            filters.add(filter);
            if (sink.wantsTotal()) {
                sink.total(customers.size());
            }
            customers.forEach(sink::item);
        }

        @Override
        public List<KamRevenueRow> kamRevenue(RevenueFilter filter, LocalDate end) {
            filters.add(filter);
            kamEnds.add(end);
            return kams;
        }
    }
}
