package io.kamdesk.application.billing.port.in.statement;

import io.kamdesk.domain.identity.Viewer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's statement from {@code from} to {@code to}, both included; by default the twelve months
 * ending today in the business time zone.
 */
public record CustomerStatementQuery(Viewer viewer, long customerId, Optional<LocalDate> from,
        Optional<LocalDate> to) {

    public CustomerStatementQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
    }
}
