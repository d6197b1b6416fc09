package io.kamdesk.application.activity.port.in;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.identity.Viewer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Entries of the activity log, narrowed by user, action, resource and record, and by the days
 * in the business's time zone from {@code startDate} to {@code endDate}, both included.
 */
public record ListActivityQuery(Viewer viewer, Optional<Long> userId, Optional<ActivityAction> action,
        Optional<ActivityResource> resource, Optional<Long> resourceId, Optional<LocalDate> startDate,
        Optional<LocalDate> endDate, ListSpec<ActivitySortField> spec) {

    public ListActivityQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(action);
        Objects.requireNonNull(resource);
        Objects.requireNonNull(resourceId);
        Objects.requireNonNull(startDate);
        Objects.requireNonNull(endDate);
        Objects.requireNonNull(spec);
    }
}
