package io.kamdesk.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.in.rest.shared.ManagementPort;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.FullStackTest;
import io.kamdesk.bootstrap.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
    void operatorMeters_countLoginsImportsExportsAndJobs() {
        ApiClient api = new ApiClient(port);
        ApiClient management = new ApiClient(managementPort.localPort().orElseThrow());
        String root = api.logIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).access();
        api.post("/api/auth/login/", Map.of("email", TestUsers.ADMIN_EMAIL, "password", "wrong-password"));
        String tag = "m" + System.nanoTime();
        api.upload("/api/customers/import/", "m.csv", ("name,email,phone\nMeter " + tag + ",meter." + tag
                + "@metrics.test,01711000001\nBad,bad,01711000002\n").getBytes(StandardCharsets.UTF_8), root);
        api.download("/api/customers/export/?search=" + tag, root);

        String metrics = management.get("/actuator/prometheus").body();

        assertThat(metrics).contains("kamdesk_logins_total{outcome=\"succeeded\"}")
                .contains("kamdesk_logins_total{outcome=\"failed\"}")
                .contains("kamdesk_logins_total{outcome=\"throttled\"}")
                .contains("kamdesk_import_rows_total{kind=\"customers\",outcome=\"imported\"}")
                .contains("kamdesk_import_rows_total{kind=\"customers\",outcome=\"refused\"}")
                .contains("kamdesk_import_duration_seconds_count{kind=\"customers\"}")
                .contains("kamdesk_import_throughput_rows_per_second_count{kind=\"customers\"}")
                .contains("kamdesk_export_rows_total{kind=\"customers\"}")
                .contains("kamdesk_export_duration_seconds_count{kind=\"customers\"}")
                .contains("kamdesk_import_jobs{status=\"queued\"}")
                .contains("kamdesk_import_jobs{status=\"running\"}")
                .contains("kamdesk_import_jobs{status=\"failed\"}")
                .doesNotContain("io_kamdesk").doesNotContain("Exception");
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
