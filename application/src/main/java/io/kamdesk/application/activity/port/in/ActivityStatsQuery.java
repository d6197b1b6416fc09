package io.kamdesk.application.activity.port.in;

import io.kamdesk.domain.identity.Viewer;
import java.time.LocalDate;
import java.util.Objects;

/** Counts of the entries the viewer may see, over the days from {@code startDate} to {@code endDate}. */
public record ActivityStatsQuery(Viewer viewer, LocalDate startDate, LocalDate endDate) {

    public ActivityStatsQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(startDate);
        Objects.requireNonNull(endDate);
    }
}
