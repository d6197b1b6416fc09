package io.kamdesk.application.analytics.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The dashboard's derived figures, each defined once (SPEC §6) and rounded once, to two decimals
 * half-up, at the end: never computed from already rounded figures.
 */
final class DashboardFigures {

    static final int DECIMALS = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Enough digits that rounding to two decimals afterwards is exact for every ratio shown. */
    private static final int WORKING_SCALE = 10;

    private DashboardFigures() {
    }

    /** collected / revenue × 100, 0 when there is no revenue. */
    static BigDecimal collectionRate(BigDecimal collected, BigDecimal revenue) {
        return round(rawRate(collected, revenue));
    }

    /** The change of the collection rate between two windows, in percentage points. */
    static BigDecimal collectionRateChange(BigDecimal collected, BigDecimal revenue, BigDecimal previousCollected,
            BigDecimal previousRevenue) {
        return round(rawRate(collected, revenue).subtract(rawRate(previousCollected, previousRevenue)));
    }

    /** (current − previous) / previous × 100, 0 when the previous figure is 0. */
    static BigDecimal relativeChange(BigDecimal current, BigDecimal previous) {
        if (previous.signum() == 0) {
            return round(BigDecimal.ZERO);
        }
        return round(current.subtract(previous).multiply(HUNDRED)
                .divide(previous, WORKING_SCALE, RoundingMode.HALF_UP));
    }

    /** total / count, 0 when the count is 0. */
    static BigDecimal average(BigDecimal total, long count) {
        if (count == 0) {
            return round(BigDecimal.ZERO);
        }
        return total.divide(BigDecimal.valueOf(count), DECIMALS, RoundingMode.HALF_UP);
    }

    /** An amount as shown: two decimals (sums of two-decimal amounts are exact already). */
    static BigDecimal amount(BigDecimal amount) {
        return amount.setScale(DECIMALS, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal rawRate(BigDecimal collected, BigDecimal revenue) {
        if (revenue.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return collected.multiply(HUNDRED).divide(revenue, WORKING_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(DECIMALS, RoundingMode.HALF_UP);
    }
}
