package io.kamdesk.application.analytics.port.in;

import java.util.List;

/**
 * Money received per week, month or year by the day it was paid (payments not void, adjustments
 * included), ascending, every period of the range present (zero when nothing came in). The same
 * default ranges as the revenue series.
 */
public interface GetCollectionsSeriesUseCase {

    List<RevenuePoint> collectionsSeries(DashboardQuery query, Granularity granularity);
}
