package io.kamdesk.application.analytics.port.in;

import java.util.List;

/** One row per KAM with customers in scope, by total revenue descending. All time unless a range is given. */
public interface GetKamPerformanceUseCase {

    List<KamPerformanceView> kamPerformance(DashboardQuery query);
}
