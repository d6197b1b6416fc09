package io.kamdesk.bootstrap.identity;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.FullStackTest;
import io.kamdesk.bootstrap.support.TestUsers;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@FullStackTest
class LoginThrottlingIT {

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void fiveFailures_blockTheAccountWith429AndRetryAfter_evenForTheRightPassword() {
        String email = TestUsers.uniqueEmail("victim");
        TestUsers.createUser(dsl, email, "viewer", true);
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/auth/login/", Map.of("email", email, "password", "wrong-" + i)).status())
                    .isEqualTo(401);
        }

        Response blocked = api.post("/api/auth/login/", Map.of("email", email, "password", ADMIN_PASSWORD));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.json().get("code").asString()).isEqualTo("throttled");
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 900L);
    }

    @Test
    void unknownAccount_isThrottledLikeAKnownOne() {
        String email = TestUsers.uniqueEmail("ghost");
        for (int i = 0; i < 5; i++) {
            api.post("/api/auth/login/", Map.of("email", email, "password", "wrong-" + i));
        }

        Response blocked = api.post("/api/auth/login/", Map.of("email", email, "password", "wrong"));

        assertThat(blocked.status()).isEqualTo(429);
    }

    @Test
    void successfulLogin_resetsTheAccountsFailures() {
        String email = TestUsers.uniqueEmail("forgetful");
        TestUsers.createUser(dsl, email, "viewer", true);
        for (int i = 0; i < 4; i++) {
            api.post("/api/auth/login/", Map.of("email", email, "password", "wrong-" + i));
        }
        assertThat(api.post("/api/auth/login/", Map.of("email", email, "password", ADMIN_PASSWORD)).status())
                .isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            api.post("/api/auth/login/", Map.of("email", email, "password", "again-" + i));
        }
        Response stillAllowed = api.post("/api/auth/login/", Map.of("email", email, "password", ADMIN_PASSWORD));

        assertThat(stillAllowed.status()).isEqualTo(200);
    }
}
