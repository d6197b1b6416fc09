package io.kamdesk.application.analytics.port.in;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The periods a revenue series is cut into: ISO weeks starting on Monday, calendar months, calendar
 * years, each named by its first day. {@link #defaultCount()} periods, the current one included, are
 * shown when no range is asked for.
 */
public enum Granularity {
    WEEK(12) {
        @Override
        public LocalDate start(LocalDate date) {
            return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        public LocalDate plus(LocalDate periodStart, long periods) {
            return periodStart.plusWeeks(periods);
        }
    },
    MONTH(12) {
        @Override
        public LocalDate start(LocalDate date) {
            return date.withDayOfMonth(1);
        }

        @Override
        public LocalDate plus(LocalDate periodStart, long periods) {
            return periodStart.plusMonths(periods);
        }
    },
    YEAR(5) {
        @Override
        public LocalDate start(LocalDate date) {
            return date.withDayOfYear(1);
        }

        @Override
        public LocalDate plus(LocalDate periodStart, long periods) {
            return periodStart.plusYears(periods);
        }
    };

    private final int defaultCount;

    Granularity(int defaultCount) {
        this.defaultCount = defaultCount;
    }

    /** The first day of the period the date falls in. */
    public abstract LocalDate start(LocalDate date);

    /** The first day of the period {@code periods} after the one starting on {@code periodStart}. */
    public abstract LocalDate plus(LocalDate periodStart, long periods);

    /** The last day of the period the date falls in. */
    public LocalDate end(LocalDate date) {
        return plus(start(date), 1).minusDays(1);
    }

    public int defaultCount() {
        return defaultCount;
    }
}
