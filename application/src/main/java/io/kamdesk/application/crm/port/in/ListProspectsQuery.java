package io.kamdesk.application.crm.port.in;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;
import java.util.Optional;

/** Prospects the viewer may see, filtered by status and source (exact, case-insensitive). */
public record ListProspectsQuery(Viewer viewer, Optional<ProspectStatus> status, Optional<String> source,
        ListSpec<ProspectSortField> spec) {

    public ListProspectsQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(status);
        Objects.requireNonNull(source);
        Objects.requireNonNull(spec);
    }
}
