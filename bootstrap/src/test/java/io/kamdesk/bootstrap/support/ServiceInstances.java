package io.kamdesk.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Instances of the service jar as separate processes on one database, as a deployment runs them:
 * started with the test admin and JWT secret, awaited until ready, killed at the end.
 */
public final class ServiceInstances implements AutoCloseable {

    private final TestPostgres.TestDatabase database;
    private final List<Process> processes = new ArrayList<>();

    public ServiceInstances(TestPostgres.TestDatabase database) {
        this.database = database;
    }

    /** A started instance named {@code name} (its log: target/{name}.log), with these extra arguments. */
    public Instance start(String name, String... arguments) throws IOException {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar().toString(), "--server.port=" + port,
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--kamdesk.admin.email=" + TestUsers.ADMIN_EMAIL,
                "--kamdesk.admin.password=" + TestUsers.ADMIN_PASSWORD,
                "--kamdesk.security.jwt.secret=" + TestUsers.JWT_SECRET, "--kamdesk.jobs.instance-name=" + name));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", name + ".log").toFile()).start();
        processes.add(process);
        return new Instance(process, new ApiClient(port));
    }

    /** Waits until the instance answers ready. */
    public static void awaitReady(ApiClient api) {
        Eventually.within(Duration.ofMinutes(2), () -> {
            try {
                assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
            } catch (UncheckedIOException notListeningYet) {
                throw new AssertionError(notListeningYet);
            }
        });
    }

    /** The first column of the first row of a query on the instances' database, as text. */
    public String text(String sql) {
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password()); ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public long number(String sql) {
        return Long.parseLong(text(sql));
    }

    @Override
    public void close() {
        processes.forEach(Process::destroyForcibly);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path jar() {
        Path jar = Path.of("target", "kamdesk.jar");
        assertThat(jar).as("the service jar, built by the package phase before the integration tests").exists();
        return jar.toAbsolutePath();
    }

    /** One running instance and a client of it. */
    public record Instance(Process process, ApiClient api) {
    }
}
