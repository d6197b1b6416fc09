package io.kamdesk.application.activity.port.in;

import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;

/** One entry, if the viewer may see it. */
public record ActivityEntryQuery(Viewer viewer, long entryId) {

    public ActivityEntryQuery {
        Objects.requireNonNull(viewer);
    }
}
