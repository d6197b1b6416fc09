package io.kamdesk.bootstrap.identity;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.TestPostgres;
import io.kamdesk.bootstrap.KamDeskApplication;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Tokens;
import io.kamdesk.bootstrap.support.Eventually;
import io.kamdesk.bootstrap.support.TestUsers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the service on one database, as behind a load balancer: a session revoked on
 * one stops working on the other within seconds, though neither asks the database per request.
 */
class RevocationAcrossInstancesIT {

    private static ConfigurableApplicationContext instanceA;
    private static ConfigurableApplicationContext instanceB;
    private static ApiClient apiA;
    private static ApiClient apiB;

    @BeforeAll
    static void startTwoInstances() {
        TestPostgres.TestDatabase database = TestPostgres.freshDatabase();
        instanceA = start(database);
        instanceB = start(database);
        apiA = new ApiClient(portOf(instanceA));
        apiB = new ApiClient(portOf(instanceB));
    }

    @AfterAll
    static void stop() {
        instanceB.close();
        instanceA.close();
    }

    @Test
    void logoutOnOneInstance_isHonouredByTheOtherWithinSeconds() {
        Tokens tokens = apiA.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(apiB.get("/api/users/me/", tokens.access()).status()).isEqualTo(200);

        assertThat(apiA.post("/api/auth/logout/", Map.of("refresh", tokens.refresh()), tokens.access()).status())
                .isEqualTo(205);

        Eventually.within(Duration.ofSeconds(5),
                () -> assertThat(apiB.get("/api/users/me/", tokens.access()).status()).isEqualTo(401));
    }

    @Test
    void refreshReuseDetectedOnOneInstance_revokesTheSessionOnTheOther() {
        Tokens tokens = apiB.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        var rotated = apiA.post("/api/auth/refresh/", Map.of("refresh", tokens.refresh()));
        String access = rotated.json().get("access").asString();
        assertThat(apiB.get("/api/users/me/", access).status()).isEqualTo(200);

        assertThat(apiB.post("/api/auth/refresh/", Map.of("refresh", tokens.refresh())).status()).isEqualTo(401);

        Eventually.within(Duration.ofSeconds(5),
                () -> assertThat(apiA.get("/api/users/me/", access).status()).isEqualTo(401));
    }

    private static ConfigurableApplicationContext start(TestPostgres.TestDatabase database) {
        return new SpringApplicationBuilder(KamDeskApplication.class).run(arguments(Map.of(
                "server.port", "0",
                "spring.datasource.url", database.url(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                "kamdesk.admin.email", ADMIN_EMAIL,
                "kamdesk.admin.password", ADMIN_PASSWORD,
                "kamdesk.security.jwt.secret", TestUsers.JWT_SECRET,
                "kamdesk.security.revocation-sync-interval", "500ms")));
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** As command-line arguments, which win over application.yml (default properties would not). */
    private static String[] arguments(Map<String, String> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
