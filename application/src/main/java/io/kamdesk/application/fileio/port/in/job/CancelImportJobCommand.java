package io.kamdesk.application.fileio.port.in.job;

import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;

/** Stops a job the viewer may see: a queued one at once, a running one at its next batch. */
public record CancelImportJobCommand(Viewer viewer, long jobId) {

    public CancelImportJobCommand {
        Objects.requireNonNull(viewer);
    }
}
