package io.kamdesk.bootstrap.identity;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.FullStackTest;
import io.kamdesk.bootstrap.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@FullStackTest
@TestPropertySource(properties = "kamdesk.security.login-throttle.address-max-failures=3")
class AddressThrottlingIT {

    @LocalServerPort
    int port;

    @Test
    void failuresAcrossAccountsFromOneAddress_blockThatAddress() {
        ApiClient api = new ApiClient(port);
        for (int i = 0; i < 3; i++) {
            api.post("/api/auth/login/", Map.of("email", TestUsers.uniqueEmail("spray"), "password", "guess-" + i));
        }

        Response blocked = api.post("/api/auth/login/", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.header("Retry-After")).isNotBlank();
    }
}
