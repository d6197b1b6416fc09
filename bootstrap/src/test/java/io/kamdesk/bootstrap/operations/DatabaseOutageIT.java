package io.kamdesk.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.KamDeskApplication;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.Eventually;
import io.kamdesk.bootstrap.support.TestUsers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database goes away under a running service and comes back: meanwhile requests are answered
 * 503 with Retry-After within the connection timeout (not a 500, not a 30-second hang), readiness
 * says DOWN so a load balancer stops sending traffic, liveness stays UP; afterwards everything
 * written before is still there and requests succeed again.
 */
class DatabaseOutageIT {

    @TempDir
    Path directory;

    @Test
    void databaseDown_answers503WithRetryAfterAndNotReady_thenRecovers() throws Exception {
        int databasePort = freePort();
        EmbeddedPostgres database = start(databasePort);
        try (ConfigurableApplicationContext service = service(databasePort)) {
            ApiClient api = new ApiClient(port(service));
            String token = api.logIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).access();
            long customer = api.post("/api/customers/", Map.of("name", "Kept", "email", "kept@example.com", "phone",
                    "+880 1711-000000"), token).json().get("id").asLong();

            database.close();
            long started = System.nanoTime();
            Response duringOutage = api.get("/api/customers/" + customer + "/", token);
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - started);
            Response readiness = api.get("/actuator/health/readiness");
            Response liveness = api.get("/actuator/health/liveness");
            Response login = api.post("/api/auth/login/", Map.of("email", TestUsers.ADMIN_EMAIL, "password",
                    TestUsers.ADMIN_PASSWORD));
            database = start(databasePort);

            assertThat(duringOutage.status()).isEqualTo(503);
            assertThat(duringOutage.header("Retry-After")).isEqualTo("5");
            assertThat(duringOutage.json().get("code").asString()).isEqualTo("service_unavailable");
            assertThat(answeredIn).isLessThan(Duration.ofSeconds(10));
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(liveness.status()).isEqualTo(200);
            assertThat(login.status()).isEqualTo(503);
            Eventually.within(Duration.ofSeconds(30), () -> assertThat(api.get("/actuator/health/readiness").status())
                    .isEqualTo(200));
            Eventually.within(Duration.ofSeconds(30), () -> assertThat(api.get("/api/customers/" + customer + "/",
                    token).status()).isEqualTo(200));
            assertThat(api.get("/api/customers/" + customer + "/", token).json().get("name").asString())
                    .isEqualTo("Kept");
        } finally {
            database.close();
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static ConfigurableApplicationContext service(int databasePort) {
        Map<String, String> properties = Map.of(
                "server.port", "0",
                "spring.datasource.url", "jdbc:postgresql://localhost:" + databasePort + "/postgres",
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "spring.datasource.hikari.connection-timeout", "1000",
                "kamdesk.admin.email", TestUsers.ADMIN_EMAIL,
                "kamdesk.admin.password", TestUsers.ADMIN_PASSWORD,
                "kamdesk.security.jwt.secret", TestUsers.JWT_SECRET);
        return new SpringApplicationBuilder(KamDeskApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
