package io.kamdesk.application.analytics.port.in;

import java.util.List;

/**
 * Revenue per week, month or year, ascending, every period of the range present (zero when it has no
 * revenue). By default the last 12 weeks, 12 months or 5 years, the current one included.
 */
public interface GetRevenueSeriesUseCase {

    List<RevenuePoint> revenueSeries(DashboardQuery query, Granularity granularity);
}
