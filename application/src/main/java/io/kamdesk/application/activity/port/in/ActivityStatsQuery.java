package io.kamdesk.application.activity.port.in;

import io.kamdesk.domain.identity.Viewer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts of the entries the viewer may see, over the days from {@code startDate} to {@code endDate}
 * (both included); without them, the {@value #DEFAULT_DAYS} days up to today, or from or to the one given.
 */
public record ActivityStatsQuery(Viewer viewer, Optional<LocalDate> startDate, Optional<LocalDate> endDate) {

    public static final int DEFAULT_DAYS = 30;

    public ActivityStatsQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(startDate);
        Objects.requireNonNull(endDate);
    }
}
