package io.kamdesk.domain.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar month bills are issued for. Its billing date is the configured billing day, clamped to
 * the month's length: the 31st of February is its last day.
 */
public record BillingMonth(YearMonth month) {

    public static final int LAST_BILLING_DAY = 31;

    public BillingMonth {
        Objects.requireNonNull(month, "month");
    }

    public static BillingMonth of(int year, int month) {
        return new BillingMonth(YearMonth.of(year, month));
    }

    /** The bills of this month are dated on {@code billingDay}, or the month's last day when it is shorter. */
    public LocalDate billingDate(int billingDay) {
        if (billingDay < 1 || billingDay > LAST_BILLING_DAY) {
            throw new IllegalArgumentException("a billing day is 1 to 31, not " + billingDay);
        }
        return month.atDay(Math.min(billingDay, month.lengthOfMonth()));
    }

    public BillingMonth previous() {
        return new BillingMonth(month.minusMonths(1));
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    public boolean contains(LocalDate day) {
        return day != null && YearMonth.from(day).equals(month);
    }

    /** {@code 2026-02}. */
    @Override
    public String toString() {
        return month.toString();
    }
}
