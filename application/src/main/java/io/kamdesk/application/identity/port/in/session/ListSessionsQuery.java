package io.kamdesk.application.identity.port.in.session;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Lists the viewer's sessions. {@code active} narrows to sessions that are (or are not) still
 * usable; {@code currentSessionId} marks the session the request itself belongs to.
 */
public record ListSessionsQuery(Viewer viewer, UUID currentSessionId, Optional<Boolean> active,
        ListSpec<SessionSortField> spec) {

    public ListSessionsQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(active);
        Objects.requireNonNull(spec);
    }
}
