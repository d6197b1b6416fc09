package io.kamdesk.bootstrap.fileio;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.TestPostgres;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.Eventually;
import io.kamdesk.bootstrap.support.TestUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two service instances on one database: the instance running an import job is killed (SIGKILL) in
 * the middle of it; the other notices its silence (missed heartbeats), takes the job over and
 * finishes it from the last committed batch, with exact counts and no row written twice.
 */
class JobTakeoverIT {

    private static final int ROWS = 40_000;

    private final List<Process> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(Process::destroyForcibly);
    }

    @Test
    void killedWorker_itsJobIsFinishedByTheOtherInstance_exactlyOnce() throws Exception {
        TestPostgres.TestDatabase database = TestPostgres.freshDatabase();
        int portA = freePort();
        int portB = freePort();
        Process a = start(database, "instance-a", portA);
        Process b = start(database, "instance-b", portB);
        ApiClient apiA = new ApiClient(portA);
        ApiClient apiB = new ApiClient(portB);
        awaitReady(apiA);
        awaitReady(apiB);
        String token = apiA.logIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).access();

        Response accepted = apiA.upload("/api/customers/import/?async=true", "takeover.csv", customers(), token);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        long job = accepted.json().get("id").asLong();
        Eventually.within(Duration.ofMinutes(2), () -> assertThat(number(database,
                "select rows_read from import_job where id = " + job)).isGreaterThanOrEqualTo(3_000));
        String worker = text(database, "select picked_by from scheduled_tasks where task_instance = '" + job + "'");
        Process victim = worker.equals("instance-a") ? a : b;
        ApiClient survivor = worker.equals("instance-a") ? apiB : apiA;
        victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long readWhenKilled = number(database, "select rows_read from import_job where id = " + job);
        assertThat(readWhenKilled).as("killed in the middle").isLessThan(ROWS);

        Eventually.within(Duration.ofMinutes(3), () -> assertThat(survivor.get("/api/import-jobs/" + job + "/", token)
                .json().get("status").asString()).isEqualTo("succeeded"));
        JsonNode done = survivor.get("/api/import-jobs/" + job + "/", token).json();
        assertThat(done.get("processed").asLong()).isEqualTo(ROWS);
        assertThat(done.get("customers_created").asLong()).isEqualTo(ROWS);
        assertThat(done.get("failed").asLong()).isZero();
        assertThat(done.get("unchanged").asLong()).as("no row of the killed run counted twice").isZero();
        assertThat(number(database, "select count(*) from customer where email like '%@takeover.test'"))
                .isEqualTo(ROWS);
        assertThat(number(database, "select attempts from import_job where id = " + job)).isEqualTo(2);
        assertThat(text(database, "select coalesce(max(picked_by), 'done') from scheduled_tasks where task_instance = '"
                + job + "'")).isEqualTo("done");
    }

    private static byte[] customers() {
        StringBuilder csv = new StringBuilder("name,email,phone\n");
        for (int n = 1; n <= ROWS; n++) {
            csv.append("Takeover ").append(n).append(",t").append(n).append("@takeover.test,0171")
                    .append(String.format("%07d", n)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Process start(TestPostgres.TestDatabase database, String name, int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-jar", jar().toString(), "--server.port=" + port,
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--kamdesk.admin.email=" + TestUsers.ADMIN_EMAIL,
                "--kamdesk.admin.password=" + TestUsers.ADMIN_PASSWORD,
                "--kamdesk.security.jwt.secret=" + TestUsers.JWT_SECRET, "--kamdesk.jobs.instance-name=" + name,
                "--kamdesk.jobs.polling-interval=1s", "--kamdesk.jobs.heartbeat-interval=1s",
                "--kamdesk.jobs.missed-heartbeats=4")
                .redirectErrorStream(true).redirectOutput(Path.of("target", name + ".log").toFile()).start();
        instances.add(process);
        return process;
    }

    private static void awaitReady(ApiClient api) {
        Eventually.within(Duration.ofMinutes(2), () -> {
            try {
                assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
            } catch (UncheckedIOException notListeningYet) {
                throw new AssertionError(notListeningYet);
            }
        });
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

    private static long number(TestPostgres.TestDatabase database, String sql) {
        return Long.parseLong(text(database, sql));
    }

    private static String text(TestPostgres.TestDatabase database, String sql) {
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password()); ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
