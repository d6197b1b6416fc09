package io.kamdesk.application.fileio.port.in.job;

import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;
import java.util.function.Function;

/**
 * The failed rows of a job the viewer may see, as a spreadsheet; {@code wording} puts each problem
 * in the caller's words (the file's {@code error} column).
 */
public record FailedRowsQuery(Viewer viewer, long jobId, FileFormat format, Function<RowProblem, String> wording) {

    public FailedRowsQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(format);
        Objects.requireNonNull(wording);
    }
}
