package io.kamdesk.bootstrap.api;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Safe retries of POSTs with Idempotency-Key, on one instance (the race over two is IdempotencyAcrossInstancesIT). */
@FullStackTest
class IdempotencyIT {

    private static final String KEY = "Idempotency-Key";

    @LocalServerPort
    int port;

    ApiClient api;
    String root;
    long customer;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
        Response created = api.post("/api/customers/", Map.of("name", "Retry " + System.nanoTime(), "email",
                "r" + System.nanoTime() + "@idempotency.test", "phone", "01711000043"), root);
        customer = created.json().get("id").asLong();
    }

    @Test
    void aRepeatedCreate_isAnsweredTheSame_withoutASecondRecord() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> bill = Map.of("customer", customer, "billing_date", "2026-02-01", "iig_qt", "10",
                "iig_qt_price", "100");

        Response first = api.postWith("/api/bills/", bill, root, KEY, key);
        Response again = api.postWith("/api/bills/", bill, root, KEY, key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(api.get("/api/bills/?customer=" + customer, root).json()).hasSize(1);
    }

    @Test
    void aRepeatedPayment_movesMoneyOnce() {
        long bill = api.post("/api/bills/", Map.of("customer", customer, "billing_date", "2026-02-01", "iig_qt",
                "10", "iig_qt_price", "100"), root).json().get("id").asLong();
        String key = UUID.randomUUID().toString();
        Map<String, Object> payment = Map.of("amount", "400.00", "method", "bkash", "reference", "TRX1");

        api.postWith("/api/bills/" + bill + "/payments/", payment, root, KEY, key);
        Response again = api.postWith("/api/bills/" + bill + "/payments/", payment, root, KEY, key);

        assertThat(again.status()).isEqualTo(201);
        assertThat(api.get("/api/bills/" + bill + "/payments/", root).json()).hasSize(1);
        assertThat(api.get("/api/bills/" + bill + "/", root).json().get("total_received").asString())
                .isEqualTo("400.00");
    }

    @Test
    void theSameKey_withAnotherRequest_isRefused_andOtherUsersKeysAreTheirOwn() {
        String key = UUID.randomUUID().toString();
        api.postWith("/api/bills/", Map.of("customer", customer, "billing_date", "2026-02-01", "iig_qt", "1",
                "iig_qt_price", "1"), root, KEY, key);

        Response other = api.postWith("/api/bills/", Map.of("customer", customer, "billing_date", "2026-02-01",
                "iig_qt", "2", "iig_qt_price", "1"), root, KEY, key);
        String name = "k" + System.nanoTime();
        api.post("/api/users/", Map.of("email", name + "@idempotency.test", "username", name, "password",
                "Correct-Horse-Battery-9", "role", "admin"), root);
        String otherAdmin = api.logIn(name + "@idempotency.test", "Correct-Horse-Battery-9").access();
        Response theirs = api.postWith("/api/bills/", Map.of("customer", customer, "billing_date", "2026-02-01",
                "iig_qt", "1", "iig_qt_price", "1"), otherAdmin, KEY, key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("code").asString()).isEqualTo("idempotency_key_reused");
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
        assertThat(api.get("/api/bills/?customer=" + customer, root).json()).hasSize(2);
    }

    @Test
    void aRefusedRequest_isReplayedToo_butAMalformedKeyIsRefused() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = Map.of("customer", customer, "iig_qt", "-1", "iig_qt_price", "1");

        Response first = api.postWith("/api/bills/", invalid, root, KEY, key);
        Response again = api.postWith("/api/bills/", invalid, root, KEY, key);
        Response tooLong = api.postWith("/api/bills/", invalid, root, KEY, "k".repeat(256));
        Response nonAscii = api.postWith("/api/bills/", invalid, root, KEY,
                new String("kéy".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));

        assertThat(first.status()).isEqualTo(400);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asString()).contains("Idempotency-Key");
        assertThat(nonAscii.status()).isEqualTo(400);
    }

    @Test
    void aRepeatedImport_readsTheFileOnce() {
        String key = UUID.randomUUID().toString();
        String tag = "i" + System.nanoTime();
        byte[] csv = ("name,email,phone\nImported " + tag + "," + tag + "@idempotency.test,01711000044\n")
                .getBytes(StandardCharsets.UTF_8);

        Response first = api.upload("/api/customers/import/", "c.csv", csv, root, KEY, key);
        Response again = api.upload("/api/customers/import/", "c.csv", csv, root, KEY, key);
        Response otherFile = api.upload("/api/customers/import/", "c.csv", "name\n".getBytes(StandardCharsets.UTF_8),
                root, KEY, key);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(otherFile.status()).isEqualTo(422);
        assertThat(api.get("/api/customers/?search=" + tag, root).json()).hasSize(1);
    }

    @Test
    void theDocument_offersTheHeaderOnEverySignedInPost_butNotOnTheSessionsOwnRequests() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        JsonNode post = paths.get("/api/bills/").get("post");
        assertThat(post.get("parameters").findValuesAsString("name")).contains(KEY);
        assertThat(post.get("responses").has("422")).isTrue();
        assertThat(post.get("responses").get("201").get("headers").has("Idempotent-Replayed")).isTrue();
        for (String session : new String[] {"/api/auth/login/", "/api/auth/refresh/", "/api/auth/logout/"}) {
            assertThat(paths.get(session).get("post").path("parameters").findValuesAsString("name")).as(session)
                    .doesNotContain(KEY);
        }
        assertThat(paths.get("/api/auth/register/").get("post").path("parameters").findValuesAsString("name"))
                .contains(KEY);
    }
}
