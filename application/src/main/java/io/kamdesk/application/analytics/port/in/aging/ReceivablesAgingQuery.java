package io.kamdesk.application.analytics.port.in.aging;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.identity.Viewer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The receivables as of a day (today when absent, in the business time zone), within the viewer's
 * scope and optionally one KAM's customers; {@code spec} pages the list of customers.
 */
public record ReceivablesAgingQuery(Viewer viewer, Optional<LocalDate> asOf, Optional<Long> kam,
        ListSpec<AgingSortField> spec) {

    public ReceivablesAgingQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(asOf);
        Objects.requireNonNull(kam);
        Objects.requireNonNull(spec);
    }
}
