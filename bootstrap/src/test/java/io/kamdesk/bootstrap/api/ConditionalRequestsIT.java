package io.kamdesk.bootstrap.api;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Versions on the wire: ETag on records, 304 for an unchanged one, 412 for a write on a stale version. */
@FullStackTest
class ConditionalRequestsIT {

    private static final String PASSWORD = "Correct-Horse-Battery-9";

    @LocalServerPort
    int port;

    ApiClient api;
    String root;
    long customer;
    String bill;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
        customer = api.post("/api/customers/", Map.of("name", "Versioned " + System.nanoTime(), "email",
                "v" + System.nanoTime() + "@versions.test", "phone", "01711000046"), root).json().get("id").asLong();
        bill = "/api/bills/" + api.post("/api/bills/", Map.of("customer", customer, "billing_date", "2026-02-01",
                "iig_qt", "10", "iig_qt_price", "100"), root).json().get("id").asLong() + "/";
    }

    @Test
    void aRecord_carriesItsVersion_andAnUnchangedOneAnswers304() {
        Response read = api.get(bill, root);
        String etag = read.header("ETag");

        Response again = api.sendWith("GET", bill, null, root, "If-None-Match", etag);
        Response changed = api.sendWith("GET", bill, null, root, "If-None-Match", "\"0\"");

        assertThat(etag).matches("\"\\d+\"");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(api.get("/api/customers/" + customer + "/", root).header("ETag")).matches("\"\\d+\"");
    }

    @Test
    void aLostUpdate_isRefusedWith412_andWritesNothing() {
        String read = api.get(bill, root).header("ETag");

        Response first = api.sendWith("PATCH", bill, Map.of("discount", "10"), root, "If-Match", read);
        Response second = api.sendWith("PATCH", bill, Map.of("discount", "99"), root, "If-Match", read);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(read);
        assertThat(second.status()).as(second.body()).isEqualTo(412);
        assertThat(second.json().get("code").asString()).isEqualTo("precondition_failed");
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(api.get(bill, root).json().get("discount").asString()).isEqualTo("10.00");
        Response retried = api.sendWith("PATCH", bill, Map.of("discount", "99"), root, "If-Match",
                second.header("ETag"));
        assertThat(retried.status()).isEqualTo(200);
    }

    @Test
    void aWriteWithoutIfMatch_orWithAStar_goesThrough_butAWeakOrForeignTagDoesNot() {
        assertThat(api.patch(bill, Map.of("discount", "1"), root).status()).isEqualTo(200);
        assertThat(api.sendWith("PATCH", bill, Map.of("discount", "2"), root, "If-Match", "*").status())
                .isEqualTo(200);
        String current = api.get(bill, root).header("ETag");
        assertThat(api.sendWith("PATCH", bill, Map.of("discount", "3"), root, "If-Match", "W/" + current)
                .status()).isEqualTo(412);
        assertThat(api.sendWith("PATCH", bill, Map.of("discount", "3"), root, "If-Match", "\"abc\"").status())
                .isEqualTo(412);
    }

    @Test
    void aStaleDelete_andAStaleAction_areRefused() {
        String read = api.get(bill, root).header("ETag");
        api.patch(bill, Map.of("discount", "5"), root);

        Response delete = api.sendWith("DELETE", bill, null, root, "If-Match", read);
        long payment = api.post(bill + "payments/", Map.of("amount", "100", "method", "cash"), root).json()
                .get("id").asLong();
        String paymentTag = api.get("/api/payments/" + payment + "/", root).header("ETag");
        Response staleVoid = api.sendWith("POST", "/api/payments/" + payment + "/void/", Map.of("reason", "x"),
                root, "If-Match", "\"" + (Long.parseLong(paymentTag.replace("\"", "")) + 5) + "\"");
        Response voided = api.sendWith("POST", "/api/payments/" + payment + "/void/", Map.of("reason", "x"), root,
                "If-Match", paymentTag);

        assertThat(delete.status()).isEqualTo(412);
        assertThat(api.get(bill, root).status()).isEqualTo(200);
        assertThat(staleVoid.status()).as(staleVoid.body()).isEqualTo(412);
        assertThat(voided.status()).as(voided.body()).isEqualTo(200);
        String current = api.get(bill, root).header("ETag");
        assertThat(api.sendWith("DELETE", bill, null, root, "If-Match", current).status()).isEqualTo(204);
    }

    @Test
    void aRecordOutOfReach_tellsNoVersion() {
        String name = "v" + System.nanoTime();
        api.post("/api/users/", Map.of("email", name + "@versions.test", "username", name, "password", PASSWORD,
                "role", "sales_person"), root);
        String kam = api.logIn(name + "@versions.test", PASSWORD).access();

        Response read = api.get(bill, kam);
        Response write = api.sendWith("PATCH", bill, Map.of("discount", "1"), kam, "If-Match", "\"1\"");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.header("ETag")).isNull();
        assertThat(write.status()).isEqualTo(404);
        assertThat(write.header("ETag")).isNull();
    }

    @Test
    void theDocument_describesTheHeadersAndAnswers() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        JsonNode patch = paths.get("/api/bills/{id}/").get("patch");
        JsonNode get = paths.get("/api/bills/{id}/").get("get");
        JsonNode issue = paths.get("/api/invoices/{id}/issue/").get("post");

        assertThat(patch.get("parameters").findValuesAsString("name")).contains("If-Match");
        assertThat(patch.get("responses").has("412")).isTrue();
        assertThat(patch.get("responses").get("200").get("headers").has("ETag")).isTrue();
        assertThat(get.get("parameters").findValuesAsString("name")).contains("If-None-Match");
        assertThat(get.get("responses").has("304")).isTrue();
        assertThat(issue.get("parameters").findValuesAsString("name")).contains("If-Match");
        assertThat(paths.get("/api/bills/").get("post").get("parameters").findValuesAsString("name"))
                .doesNotContain("If-Match");
    }
}
