package io.kamdesk.application.fileio.port.in;

import io.kamdesk.domain.identity.Viewer;
import java.io.InputStream;
import java.util.Objects;

/**
 * An import: who runs it (their scope applies to every row), the file and its name (null when it has
 * none), and how to write. By default good rows are written and bad ones reported; {@code atomic}
 * writes all rows or none; {@code dryRun} validates and reports without writing anything.
 */
public record ImportFileCommand(Viewer viewer, String fileName, InputStream content, boolean atomic, boolean dryRun,
        ImportProgress progress) {

    public ImportFileCommand {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(content);
        progress = progress == null ? rows -> { } : progress;
    }

    /** An import of a file whose name is not known. */
    public ImportFileCommand(Viewer viewer, InputStream content, boolean atomic, boolean dryRun,
            ImportProgress progress) {
        this(viewer, null, content, atomic, dryRun, progress);
    }

    /** Told how many data rows have been processed so far. */
    @FunctionalInterface
    public interface ImportProgress {
        void rowsProcessed(long rows);
    }
}
