package io.kamdesk.application.fileio.port.in.job;

import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;

/** One job, if the viewer may see it: their own, or any of a kind they import with data scope all. */
public record ImportJobQuery(Viewer viewer, long jobId) {

    public ImportJobQuery {
        Objects.requireNonNull(viewer);
    }
}
