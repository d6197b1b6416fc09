package io.kamdesk.application.analytics.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The revenue of one period of a series, named by the period's first day. */
public record RevenuePoint(LocalDate periodStart, BigDecimal revenue) {

    public RevenuePoint {
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(revenue, "revenue");
    }
}
