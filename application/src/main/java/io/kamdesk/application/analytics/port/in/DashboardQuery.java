package io.kamdesk.application.analytics.port.in;

import io.kamdesk.domain.identity.Viewer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What every dashboard figure is asked with: who is asking (their data scope applies), an optional
 * billing-date range (each endpoint has its own default for a missing end) and an optional KAM to
 * narrow to. The KAM filter never widens the scope: a sales_person naming another KAM sees nothing.
 * A range given with both ends is checked here: not reversed, at most {@value DateRange#MAX_YEARS}
 * years.
 */
public record DashboardQuery(Viewer viewer, Optional<LocalDate> from, Optional<LocalDate> to, Optional<Long> kam) {

    public DashboardQuery {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kam, "kam");
        if (from.isPresent() && to.isPresent()) {
            new DateRange(from.get(), to.get());
        }
    }

    public static DashboardQuery of(Viewer viewer) {
        return new DashboardQuery(viewer, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
