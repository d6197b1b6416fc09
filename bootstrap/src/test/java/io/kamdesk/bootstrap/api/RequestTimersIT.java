package io.kamdesk.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.FullStackTest;
import io.kamdesk.bootstrap.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without a management port no metrics are served, so requests are not timed (with one they are: ManagementPortIT). */
@FullStackTest
class RequestTimersIT {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void requestsAreNotTimedWhenNoPortServesMetrics() {
        ApiClient api = new ApiClient(port);
        String token = api.logIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).access();

        assertThat(api.get("/api/users/me/", token).status()).isEqualTo(200);

        assertThat(meters.find("http.server.requests").timers()).isEmpty();
        assertThat(meters.find("jvm.memory.used").gauges()).isNotEmpty();
    }
}
