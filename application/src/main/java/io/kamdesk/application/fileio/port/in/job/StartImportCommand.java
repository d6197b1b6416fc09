package io.kamdesk.application.fileio.port.in.job;

import io.kamdesk.domain.fileio.SheetKind;
import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;

/**
 * An upload to import, kept whole so that any instance can run it (and run it again after a crash):
 * who starts it, what it imports, the file's name and bytes, and how to write (see
 * {@link io.kamdesk.application.fileio.port.in.ImportFileCommand}).
 */
public record StartImportCommand(Viewer viewer, SheetKind kind, String fileName, byte[] content, boolean atomic,
        boolean dryRun) {

    public StartImportCommand {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(content);
    }
}
