package io.kamdesk.application.analytics.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One customer's revenue, due and collection rate over a range; {@code kam} is the KAM's username,
 * null when the customer has none.
 */
public record CustomerRevenueView(long customerId, String customerName, String email, String status,
        LocalDate joinDate, LocalDate leaveDate, BigDecimal totalRevenue, BigDecimal totalDue,
        BigDecimal collectionRate, String kam) {
}
