package io.kamdesk.application.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The business's clock and time zone (default Asia/Dhaka): "today", "this month" and dates of
 * instants are taken here, never in the server's or the database's time zone.
 */
public record BusinessCalendar(Clock clock, ZoneId zone) {

    public BusinessCalendar {
        Objects.requireNonNull(clock);
        Objects.requireNonNull(zone);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public YearMonth thisMonth() {
        return YearMonth.from(today());
    }
}
