package io.kamdesk.application.analytics.port.in;

import io.kamdesk.domain.identity.Viewer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which bills count, as the read model receives it: those of customers the viewer may see (and of
 * one KAM's customers when {@code kam} is given), billed on or after {@code from} and on or before
 * {@code to} when those are given. A missing end is open: all time.
 */
public record RevenueFilter(Viewer viewer, Optional<Long> kam, Optional<LocalDate> from, Optional<LocalDate> to) {

    public RevenueFilter {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(kam, "kam");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static RevenueFilter within(Viewer viewer, Optional<Long> kam, DateRange range) {
        return new RevenueFilter(viewer, kam, Optional.of(range.from()), Optional.of(range.to()));
    }
}
