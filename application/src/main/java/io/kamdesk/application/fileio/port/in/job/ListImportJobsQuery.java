package io.kamdesk.application.fileio.port.in.job;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.fileio.ImportJobStatus;
import io.kamdesk.domain.fileio.SheetKind;
import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;
import java.util.Optional;

/** The jobs the viewer may see, narrowed by status and kind. */
public record ListImportJobsQuery(Viewer viewer, Optional<ImportJobStatus> status, Optional<SheetKind> kind,
        ListSpec<ImportJobSortField> spec) {

    public ListImportJobsQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(status);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(spec);
    }
}
