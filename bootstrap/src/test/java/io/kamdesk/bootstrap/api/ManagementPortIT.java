package io.kamdesk.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.in.rest.shared.ManagementPort;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Metrics on the management port only, without exception class names; health on the API's port too. */
@FullStackTest
@TestPropertySource(properties = "kamdesk.management.port=0")
class ManagementPortIT {

    @LocalServerPort
    int port;

    @Autowired
    ManagementPort managementPort;

    @Test
    void metrics_areServedOnTheManagementPortOnly() {
        ApiClient api = new ApiClient(port);
        ApiClient management = new ApiClient(managementPort.localPort().orElseThrow());
        api.get("/api/customers/?x=%ff");
        api.get("/api/users/me/", "not-a-token");

        Response metrics = management.get("/actuator/prometheus");
        Response onTheApiPort = api.get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests")
                .doesNotContain("exception=").doesNotContain("Exception");
        assertThat(onTheApiPort.status()).isEqualTo(404);
    }

    @Test
    void managementPort_servesNoApi_andTheApiPortKeepsHealth() {
        ApiClient api = new ApiClient(port);
        ApiClient management = new ApiClient(managementPort.localPort().orElseThrow());

        assertThat(management.get("/api/auth/permissions/").status()).isEqualTo(404);
        assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
    }
}
