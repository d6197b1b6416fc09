package io.kamdesk.application.analytics.port.in;

import java.math.BigDecimal;

/**
 * The headline figures of a window and their change against the window of the same length just
 * before it: revenue and customer counts as relative changes in percent (0 when the earlier figure
 * is 0), the collection rate as a difference in percentage points; {@code cashCollected} is the money
 * received (payments by the day paid) within the window. Every figure has two decimals.
 */
public record KpisView(BigDecimal totalRevenue, BigDecimal totalRevenueChange, long totalCustomers,
        BigDecimal totalCustomersChange, long activeCustomers, BigDecimal activeCustomersChange,
        BigDecimal collectionRate, BigDecimal collectionRateChange, BigDecimal cashCollected) {
}
