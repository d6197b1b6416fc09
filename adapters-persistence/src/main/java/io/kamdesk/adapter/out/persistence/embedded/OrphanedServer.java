package io.kamdesk.adapter.out.persistence.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on the embedded data directory by a service that was killed (kill -9,
 * the OOM killer, a terminal closed during start-up): nothing will ever stop it, and it keeps the
 * directory locked. Called only while this process holds the directory's
 * {@link DataDirectoryOwnership}, so the server cannot belong to a living service.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final long GRACE_SECONDS = 30;

    private OrphanedServer() {
    }

    /** Stops the server named by the directory's {@code postmaster.pid}, if that process still runs it. */
    static void stopIfRunning(Path dataDirectory) {
        postmasterOf(dataDirectory).ifPresent(postmaster -> {
            log.warn("Stopping the embedded PostgreSQL (pid {}) left running in {} by a service that was killed",
                    postmaster.pid(), dataDirectory);
            // SIGTERM: PostgreSQL's smart shutdown; the killed service's connections are already gone
            postmaster.destroy();
            if (!exited(postmaster)) {
                log.warn("The embedded PostgreSQL (pid {}) did not stop within {} s; killing it", postmaster.pid(),
                        GRACE_SECONDS);
                postmaster.destroyForcibly();
                exited(postmaster);
            }
        });
    }

    private static Optional<ProcessHandle> postmasterOf(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                .filter(process -> sameDirectory(Path.of(lines.get(1).strip()), dataDirectory));
    }

    private static boolean sameDirectory(Path recorded, Path dataDirectory) {
        try {
            return Files.isSameFile(recorded, dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean exited(ProcessHandle process) {
        try {
            process.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
