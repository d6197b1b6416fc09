package io.kamdesk.application.analytics.port.in.aging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What one customer owes as of a day: in total, past due, per bucket (all present), and the due date
 * of its oldest unpaid bill.
 */
public record CustomerAgingView(long customerId, String name, String companyName, Long kamId, String kamName,
        BigDecimal outstanding, BigDecimal overdue, Map<AgingBucket, BigDecimal> buckets, LocalDate oldestDueDate) {
}
