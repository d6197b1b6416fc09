package io.kamdesk.adapter.out.fileio;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * One temporary directory per process for POI's own temporary files and for the copies of uploaded
 * workbooks. POI's default, a shared {@code /tmp/poifiles}, belongs to whichever
 * OS user created it first and then fails for every other user.
 */
final class PoiTempFiles {

    private static Path directory;

    private PoiTempFiles() {
    }

    /** Installs the per-process strategy in POI (once) and returns the directory. */
    static synchronized Path directory() {
        if (directory == null) {
            try {
                // Files.createTempDirectory gives the directory owner-only permissions on POSIX
                Path created = Files.createTempDirectory("kamdesk-poi-");
                created.toFile().deleteOnExit();
                TempFile.setTempFileCreationStrategy(new Strategy(created));
                directory = created;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a temporary directory for spreadsheets", e);
            }
        }
        return directory;
    }

    /** A new empty temporary file in the directory; the caller deletes it. */
    static Path newFile(String prefix, String suffix) throws IOException {
        Path dir = directory();
        // a periodic /tmp cleaner may have removed the directory of a long-running process
        Files.createDirectories(dir);
        return Files.createTempFile(dir, prefix, suffix);
    }

    private record Strategy(Path dir) implements TempFileCreationStrategy {

        @Override
        public File createTempFile(String prefix, String suffix) throws IOException {
            Files.createDirectories(dir);
            return Files.createTempFile(dir, prefix, suffix).toFile();
        }

        @Override
        public File createTempDirectory(String prefix) throws IOException {
            Files.createDirectories(dir);
            return Files.createTempDirectory(dir, prefix).toFile();
        }
    }
}
