package io.kamdesk.application.analytics.port.in;

import java.math.BigDecimal;

/**
 * One KAM's customers and revenue: customers who joined by the range's end (counted once each),
 * those of them still active then, the revenue of all the KAM's customers over the range, and the
 * revenue per counted customer (0 when none).
 */
public record KamPerformanceView(String kam, long kamId, long totalCustomers, long activeCustomers,
        BigDecimal totalRevenue, BigDecimal avgRevenuePerCustomer) {
}
