package io.kamdesk.application.analytics.service;

import io.kamdesk.application.analytics.port.in.CustomerRevenueView;
import io.kamdesk.application.analytics.port.in.DashboardQuery;
import io.kamdesk.application.analytics.port.in.DateRange;
import io.kamdesk.application.analytics.port.in.GetCollectionsSeriesUseCase;
import io.kamdesk.application.analytics.port.in.GetKamPerformanceUseCase;
import io.kamdesk.application.analytics.port.in.GetKpisUseCase;
import io.kamdesk.application.analytics.port.in.GetRevenueSeriesUseCase;
import io.kamdesk.application.analytics.port.in.Granularity;
import io.kamdesk.application.analytics.port.in.KamPerformanceView;
import io.kamdesk.application.analytics.port.in.KpisView;
import io.kamdesk.application.analytics.port.in.ListCustomerRevenueQuery;
import io.kamdesk.application.analytics.port.in.ListCustomerRevenueUseCase;
import io.kamdesk.application.analytics.port.in.RevenueFilter;
import io.kamdesk.application.analytics.port.in.RevenuePoint;
import io.kamdesk.application.analytics.port.out.FigureCache.FigureKey;
import io.kamdesk.application.analytics.port.out.FigureCache;
import io.kamdesk.application.analytics.port.out.RevenueReadModel.CustomerCounts;
import io.kamdesk.application.analytics.port.out.RevenueReadModel.CustomerRevenueRow;
import io.kamdesk.application.analytics.port.out.RevenueReadModel.Totals;
import io.kamdesk.application.analytics.port.out.RevenueReadModel;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Viewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The dashboard: resolves each endpoint's default range against today in the business time zone,
 * asks the read model for sums and counts, and derives rates, changes and averages from them. The
 * KPIs, series and KAM performance are kept in the {@link FigureCache} under the data's version, so
 * a repeated question costs one look at the version until something is committed.
 */
public final class DashboardQueryService implements GetKpisUseCase, GetRevenueSeriesUseCase,
        GetCollectionsSeriesUseCase, ListCustomerRevenueUseCase, GetKamPerformanceUseCase {

    /** The KPI window when none is given: the 30 days ending today. */
    static final int KPI_WINDOW_DAYS = 30;

    private final RevenueReadModel readModel;
    private final BusinessCalendar calendar;
    private final FigureCache cache;

    public DashboardQueryService(RevenueReadModel readModel, BusinessCalendar calendar, FigureCache cache) {
        this.readModel = readModel;
        this.calendar = calendar;
        this.cache = cache;
    }

    @Override
    public KpisView kpis(DashboardQuery query) {
        return cached("kpis", query, () -> readKpis(query));
    }

    private KpisView readKpis(DashboardQuery query) {
        LocalDate end = query.to().orElseGet(calendar::today);
        DateRange window = new DateRange(query.from().orElse(end.minusDays(KPI_WINDOW_DAYS - 1)), end);
        DateRange previous = window.previous();
        Totals current = readModel.totals(RevenueFilter.within(query.viewer(), query.kam(), window));
        Totals before = readModel.totals(RevenueFilter.within(query.viewer(), query.kam(), previous));
        CustomerCounts customersNow = readModel.customerCounts(query.viewer(), query.kam(), window.to());
        CustomerCounts customersBefore = readModel.customerCounts(query.viewer(), query.kam(), previous.to());
        return new KpisView(
                DashboardFigures.amount(current.revenue()),
                DashboardFigures.relativeChange(current.revenue(), before.revenue()),
                customersNow.total(),
                DashboardFigures.relativeChange(BigDecimal.valueOf(customersNow.total()),
                        BigDecimal.valueOf(customersBefore.total())),
                customersNow.active(),
                DashboardFigures.relativeChange(BigDecimal.valueOf(customersNow.active()),
                        BigDecimal.valueOf(customersBefore.active())),
                DashboardFigures.collectionRate(current.collected(), current.revenue()),
                DashboardFigures.collectionRateChange(current.collected(), current.revenue(), before.collected(),
                        before.revenue()),
                DashboardFigures.amount(readModel.cashCollected(RevenueFilter.within(query.viewer(), query.kam(),
                        window))));
    }

    @Override
    public List<RevenuePoint> revenueSeries(DashboardQuery query, Granularity granularity) {
        return cached("revenue " + granularity, query, () -> series(query, granularity, readModel::revenueByPeriod));
    }

    @Override
    public List<RevenuePoint> collectionsSeries(DashboardQuery query, Granularity granularity) {
        return cached("collected " + granularity, query,
                () -> series(query, granularity, readModel::collectedByPeriod));
    }

    /** The figure as kept for this version of the data, this day and this question, read when missing. */
    private <T> T cached(String figure, DashboardQuery query, Supplier<T> read) {
        Viewer viewer = query.viewer();
        return cache.computeIfAbsent(new FigureKey(readModel.dataVersion(), calendar.today(), figure,
                viewer.userId(), viewer.scope(), query.from(), query.to(), query.kam()), read);
    }

    /** The range's periods (by default the granularity's last few), each with its sum or zero. */
    private List<RevenuePoint> series(DashboardQuery query, Granularity granularity,
            BiFunction<RevenueFilter, Granularity, List<RevenuePoint>> sums) {
        LocalDate end = query.to().orElseGet(() -> granularity.end(calendar.today()));
        LocalDate start = query.from()
                .orElseGet(() -> granularity.plus(granularity.start(end), -(granularity.defaultCount() - 1L)));
        DateRange range = new DateRange(start, end);
        Map<LocalDate, BigDecimal> amounts = new HashMap<>();
        for (RevenuePoint point : sums.apply(RevenueFilter.within(query.viewer(), query.kam(), range), granularity)) {
            amounts.put(point.periodStart(), point.revenue());
        }
        List<RevenuePoint> series = new ArrayList<>();
        for (LocalDate period = granularity.start(range.from()); !period.isAfter(range.to());
                period = granularity.plus(period, 1)) {
            series.add(new RevenuePoint(period,
                    DashboardFigures.amount(amounts.getOrDefault(period, BigDecimal.ZERO))));
        }
        // kept and handed to every caller of the same question: nobody may change it
        return List.copyOf(series);
    }

    /** The page of customers, read for every page (its count is kept by the list, under the snapshot). */
    @Override
    public void listCustomerRevenue(ListCustomerRevenueQuery list, ResultSink<CustomerRevenueView> sink) {
        DashboardQuery query = list.query();
        RevenueFilter filter = new RevenueFilter(query.viewer(), query.kam(), query.from(), query.to());
        readModel.customerRevenue(filter, list.spec(), sink.mappedFrom(DashboardQueryService::view));
    }

    @Override
    public List<KamPerformanceView> kamPerformance(DashboardQuery query) {
        return cached("kam performance", query, () -> readKamPerformance(query));
    }

    private List<KamPerformanceView> readKamPerformance(DashboardQuery query) {
        LocalDate end = query.to().orElseGet(calendar::today);
        return readModel.kamRevenue(new RevenueFilter(query.viewer(), query.kam(), query.from(), query.to()), end)
                .stream()
                .map(row -> new KamPerformanceView(row.kam(), row.kamId(), row.totalCustomers(),
                        row.activeCustomers(), DashboardFigures.amount(row.revenue()),
                        DashboardFigures.average(row.revenue(), row.totalCustomers())))
                .toList();
    }

    private static CustomerRevenueView view(CustomerRevenueRow row) {
        return new CustomerRevenueView(row.customerId(), row.customerName(), row.email(), row.status(),
                row.joinDate(), row.leaveDate(), DashboardFigures.amount(row.revenue()),
                DashboardFigures.amount(row.due()), DashboardFigures.collectionRate(row.collected(), row.revenue()),
                row.kam());
    }
}
