package io.kamdesk.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.Eventually;
import io.kamdesk.bootstrap.support.TestUsers;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service on its embedded default is killed hard (SIGKILL: no shutdown hook stops its
 * PostgreSQL) and started again on the same data directory: it recognises the server it left
 * running there, stops it, starts its own and comes up with the data kept.
 */
class KilledEmbeddedServiceIT {

    @TempDir
    Path directory;

    @Test
    void killedService_startsAgainOverItsOrphanedDatabase_withTheDataKept() throws Exception {
        Path data = directory.resolve("postgres-15");
        int port = freePort();
        Process first = service(data, port);
        Optional<ProcessHandle> orphan = Optional.empty();
        try {
            ApiClient api = new ApiClient(port);
            awaitReady(api, first);
            String token = api.logIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).access();
            long customer = api.post("/api/customers/", Map.of("name", "Survivor", "email", "survivor@example.com",
                    "phone", "+880 1711-000000"), token).json().get("id").asLong();

            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            orphan = postmaster(data);
            assertThat(orphan).as("the killed service's PostgreSQL is still running").isPresent();

            Process second = service(data, port);
            try {
                awaitReady(api, second);
                String again = api.logIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).access();

                assertThat(api.get("/api/customers/" + customer + "/", again).json().get("name").asString())
                        .isEqualTo("Survivor");
                assertThat(orphan.get().isAlive()).as("the orphan was stopped").isFalse();
            } finally {
                second.destroy();
                second.waitFor(60, TimeUnit.SECONDS);
            }
        } finally {
            first.destroyForcibly();
            orphan.ifPresent(ProcessHandle::destroyForcibly);
            postmaster(data).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private Process service(Path data, int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-jar", jar().toString(), "--server.port=" + port,
                "--kamdesk.embedded-postgres.data-directory=" + data,
                "--kamdesk.admin.email=" + TestUsers.ADMIN_EMAIL,
                "--kamdesk.admin.password=" + TestUsers.ADMIN_PASSWORD,
                "--kamdesk.security.jwt.secret=" + TestUsers.JWT_SECRET);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("service-" + System.nanoTime() + ".log").toFile()).start();
    }

    private void awaitReady(ApiClient api, Process service) {
        Eventually.within(Duration.ofSeconds(120), () -> {
            assertThat(service.isAlive()).as("the service is running; its log: " + logs()).isTrue();
            assertThat(ready(api)).isTrue();
        });
    }

    private static boolean ready(ApiClient api) {
        try {
            return api.get("/actuator/health/readiness").status() == 200;
        } catch (RuntimeException notListeningYet) {
            return false;
        }
    }

    private String logs() {
        try (var files = Files.list(directory)) {
            StringBuilder text = new StringBuilder();
            for (Path log : files.filter(path -> path.toString().endsWith(".log")).toList()) {
                String content = Files.readString(log, StandardCharsets.UTF_8);
                text.append(content, Math.max(0, content.length() - 3_000), content.length());
            }
            return text.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Optional<ProcessHandle> postmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).getFirst().strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    private static Path jar() {
        Path jar = Path.of("target", "kamdesk.jar");
        assertThat(jar).as("the service jar, built by the package phase before the integration tests").exists();
        return jar.toAbsolutePath();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
