package io.kamdesk.application.analytics.port.in;

import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Reason;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Billing dates from {@code from} to {@code to}, both included, spanning at most
 * {@value #MAX_YEARS} years. Dates are business dates (Asia/Dhaka by default): a bill belongs to a
 * range by its billing date alone, never by an instant converted between time zones.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 20;

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw InvalidInputException.of("from", Reason.RANGE_REVERSED, from, to);
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw InvalidInputException.of("to", Reason.RANGE_TOO_LONG, from, to, MAX_YEARS);
        }
    }

    /** Days in the range, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The range of the same length that ends the day before this one starts. */
    public DateRange previous() {
        return new DateRange(from.minusDays(days()), from.minusDays(1));
    }
}
