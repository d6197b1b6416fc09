package io.kamdesk.adapter.out.persistence.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * This process's claim on an embedded data directory: a lock on the file beside it
 * ({@code postgres-15.lock}), held while the service runs. The operating system drops the lock
 * when the process ends, however it ends, so a PostgreSQL found running on the directory of a
 * claim just taken was left by a service that no longer exists.
 */
final class DataDirectoryOwnership {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryOwnership(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Claims the directory (creating it), or refuses when a running service holds it. */
    static DataDirectoryOwnership take(Path dataDirectory) {
        Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
        try {
            Files.createDirectories(dataDirectory);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new EmbeddedPostgresUnavailableException("Another running KAM Desk service uses the embedded "
                        + "database in " + dataDirectory + "; stop it first, or give this one its own "
                        + "kamdesk.embedded-postgres.data-directory", null);
            }
            return new DataDirectoryOwnership(channel, lock);
        } catch (IOException e) {
            throw new EmbeddedPostgresUnavailableException("Cannot use " + dataDirectory + " for the embedded "
                    + "database: " + e.getMessage(), e);
        }
    }

    void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // the process is ending or the file is gone: the claim ends with it either way
        }
    }
}
