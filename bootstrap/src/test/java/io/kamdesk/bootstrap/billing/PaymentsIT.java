package io.kamdesk.bootstrap.billing;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The payment ledger over HTTP: recording, listing, exporting and voiding payments, the bill's totals
 * following, the older total_received writes entering the ledger as adjustments, scope, permissions,
 * and the database refusing a bill that disagrees with its payments.
 */
@FullStackTest
class PaymentsIT {

    private static final String PASSWORD = "Sturdy-Passphrase-42";

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    ApiClient api;
    String root;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
    }

    @Test
    void aPayment_isRecordedByTheCaller_andTheBillsTotalsFollow_andAVoidTakesItBackOut() {
        long bill = bill(root, customer(root, null), "0.00");

        Response paid = api.post("/api/bills/" + bill + "/payments/", Map.of("amount", "400.50", "paid_on",
                "2025-11-02", "method", "bkash", "reference", "TRX8F2K1"), root);

        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        JsonNode payment = paid.json();
        assertThat(payment.get("amount").asString()).isEqualTo("400.50");
        assertThat(payment.get("paid_on").asString()).isEqualTo("2025-11-02");
        assertThat(payment.get("method").asString()).isEqualTo("bkash");
        assertThat(payment.get("bill").asLong()).isEqualTo(bill);
        assertThat(payment.get("received_by_name").asString()).isNotBlank();
        assertThat(payment.get("is_void").asBoolean()).isFalse();
        assertThat(billField(bill, "total_received")).isEqualTo("400.50");
        assertThat(billField(bill, "total_due")).isEqualTo("599.50");

        long id = payment.get("id").asLong();
        Response voided = api.post("/api/payments/" + id + "/void/", Map.of("reason", "Cheque bounced"), root);

        assertThat(voided.status()).as(voided.body()).isEqualTo(200);
        assertThat(voided.json().get("is_void").asBoolean()).isTrue();
        assertThat(voided.json().get("void_reason").asString()).isEqualTo("Cheque bounced");
        assertThat(billField(bill, "total_received")).isEqualTo("0.00");
        Response again = api.post("/api/payments/" + id + "/void/", Map.of("reason", "Again"), root);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("payment_void");
        assertThat(list(api.get("/api/bills/" + bill + "/payments/", root).json())).hasSize(1);
    }

    @Test
    void twentyPaymentsAtOnce_onOneBill_allAddUp() throws Exception {
        long bill = bill(root, customer(root, null), "0.00");
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            posts.add(() -> new ApiClient(port).post("/api/bills/" + bill + "/payments/", Map.of("amount", "10.00",
                    "method", "cash"), root).status());
        }

        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(10)) {
            for (var answer : pool.invokeAll(posts)) {
                statuses.add(answer.get());
            }
        }

        assertThat(statuses).containsOnly(201);
        assertThat(billField(bill, "total_received")).isEqualTo("200.00");
        assertThat(billField(bill, "total_due")).isEqualTo("800.00");
        assertThat(list(api.get("/api/bills/" + bill + "/payments/", root).json())).hasSize(20);
    }

    @Test
    void badPayments_areRefusedOnTheirFields_andWriteNothing() {
        long bill = bill(root, customer(root, null), "0.00");

        Response missing = api.post("/api/bills/" + bill + "/payments/", Map.of("reference", "x"), root);
        Response wrong = api.post("/api/bills/" + bill + "/payments/", Map.of("amount", "-5", "method", "cash",
                "paid_on", "2999-01-01"), root);
        Response method = api.post("/api/bills/" + bill + "/payments/", Map.of("amount", "5", "method", "gold"),
                root);
        Response decimals = api.post("/api/bills/" + bill + "/payments/", Map.of("amount", "1.005", "method",
                "cash"), root);
        Response text = api.post("/api/bills/" + bill + "/payments/", Map.of("amount", "lots", "method", "cash"),
                root);
        long other = bill(root, customer(root, null), "0.00");
        long payment = api.post("/api/bills/" + other + "/payments/", Map.of("amount", "5.00", "method", "cash"),
                root).json().get("id").asLong();
        Response noReason = api.post("/api/payments/" + payment + "/void/", Map.of(), root);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().has("amount")).as(missing.body()).isTrue();
        assertThat(missing.json().has("method")).isTrue();
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().has("amount")).as(wrong.body()).isTrue();
        assertThat(wrong.json().has("paid_on")).isTrue();
        assertThat(method.status()).isEqualTo(400);
        assertThat(method.json().get("method").get(0).asString()).contains("bank_transfer");
        assertThat(decimals.status()).isEqualTo(400);
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().has("code")).isTrue();
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().has("reason")).as(noReason.body()).isTrue();
        assertThat(api.get("/api/payments/" + payment + "/", root).json().get("is_void").asBoolean()).isFalse();
        assertThat(list(api.get("/api/bills/" + bill + "/payments/", root).json())).isEmpty();
        assertThat(billField(bill, "total_received")).isEqualTo("0.00");
    }

    @Test
    void aTotalReceivedWrittenTheOlderWay_entersTheLedgerAsAnAdjustment() {
        long bill = bill(root, customer(root, null), "300.00");
        Response patched = api.patch("/api/bills/" + bill + "/", Map.of("total_received", "250.00"), root);

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        List<JsonNode> ledger = list(api.get("/api/payments/?bill=" + bill + "&ordering=id", root).json());
        assertThat(ledger).extracting(payment -> payment.get("method").asString())
                .containsExactly("adjustment", "adjustment");
        assertThat(ledger).extracting(payment -> payment.get("amount").asString()).containsExactly("300.00",
                "-50.00");
        assertThat(billField(bill, "total_received")).isEqualTo("250.00");
    }

    @Test
    void anImportedTotalReceived_isAdjustedOnTheBillsDate_andTheSameFileAgainChangesNothing() {
        String tag = "pay" + System.nanoTime();
        byte[] sheet = ("customer_email,customer_name,customer_phone,billing_date,iig_qt,iig_qt_price,total_received\n"
                + tag + "@payments.test,Payer " + tag + ",01711000031,2025-09-30,1,900.00,600.00\n")
                .getBytes(StandardCharsets.UTF_8);

        api.upload("/api/bills/import/", "bills.csv", sheet, root);
        api.upload("/api/bills/import/", "bills.csv", sheet, root);

        List<JsonNode> ledger = list(api.get("/api/payments/?search=" + tag, root).json());
        assertThat(ledger).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.get("method").asString()).isEqualTo("adjustment");
            assertThat(adjustment.get("paid_on").asString()).isEqualTo("2025-09-30");
            assertThat(adjustment.get("amount").asString()).isEqualTo("600.00");
        });
    }

    @Test
    void aKam_recordsAndReadsPaymentsOfTheirOwnCustomersOnly_andCannotVoid() {
        String kam = user("paykam", "sales_person");
        long kamId = api.get("/api/users/me/", kam).json().get("id").asLong();
        long own = bill(root, customer(root, kamId), "0.00");
        long foreign = bill(root, customer(root, null), "0.00");

        Response mine = api.post("/api/bills/" + own + "/payments/", Map.of("amount", "10.00", "method", "cash"),
                kam);
        Response notMine = api.post("/api/bills/" + foreign + "/payments/", Map.of("amount", "10.00", "method",
                "cash"), kam);
        long foreignPayment = api.post("/api/bills/" + foreign + "/payments/", Map.of("amount", "10.00", "method",
                "cash"), root).json().get("id").asLong();

        assertThat(mine.status()).as(mine.body()).isEqualTo(201);
        assertThat(notMine.status()).isEqualTo(404);
        assertThat(api.get("/api/payments/" + foreignPayment + "/", kam).status()).isEqualTo(404);
        assertThat(api.get("/api/bills/" + foreign + "/payments/", kam).status()).isEqualTo(404);
        assertThat(list(api.get("/api/payments/", kam).json())).extracting(payment -> payment.get("bill").asLong())
                .containsOnly(own);
        assertThat(api.post("/api/payments/" + mine.json().get("id").asLong() + "/void/", Map.of("reason", "x"), kam)
                .status()).isEqualTo(403);
    }

    @Test
    void theAccountant_voidsAndExports_aViewerOnlyReads() {
        String accountant = user("payacc", "accountant");
        String viewer = user("payview", "viewer");
        long bill = bill(root, customer(root, null), "0.00");
        long payment = api.post("/api/bills/" + bill + "/payments/", Map.of("amount", "75.00", "method", "nagad",
                "reference", "NGD-1"), accountant).json().get("id").asLong();

        var csv = api.download("/api/payments/export/?bill=" + bill, accountant);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("NGD-1").contains("75.00");
        assertThat(api.get("/api/activity-logs/?action=export_payments&search=bill%3D" + bill, root).body())
                .contains("\"rows\": 1");
        assertThat(api.get("/api/payments/" + payment + "/", viewer).status()).isEqualTo(200);
        assertThat(api.post("/api/bills/" + bill + "/payments/", Map.of("amount", "1.00", "method", "cash"), viewer)
                .status()).isEqualTo(403);
        assertThat(api.post("/api/payments/" + payment + "/void/", Map.of("reason", "Typo"), accountant).status())
                .isEqualTo(200);
        JsonNode entries = api.get("/api/activity-logs/?resource=payment&resource_id=" + payment + "&ordering=id",
                root).json();
        assertThat(list(entries)).extracting(entry -> entry.get("action").asString())
                .containsExactly("create_payment", "void_payment");
    }

    @Test
    void theDatabase_refusesABillThatDisagreesWithItsPayments() {
        long bill = bill(root, customer(root, null), "100.00");

        assertThatThrownBy(() -> dsl.execute("update bill set total_received = 90, total_due = total_bill - 90"
                + " where id = ?", bill)).hasMessageContaining("payments sum to");
        assertThat(billField(bill, "total_received")).isEqualTo("100.00");
        assertThat(new BigDecimal(dsl.fetchValue("select sum(amount) from payment where bill_id = ? and voided_at"
                + " is null", bill).toString())).isEqualByComparingTo("100.00");
    }

    private String billField(long bill, String field) {
        return api.get("/api/bills/" + bill + "/", root).json().get(field).asString();
    }

    private long customer(String token, Long kam) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Payer", "email", "payer" + System.nanoTime()
                + "@payments.test", "phone", "01711000030"));
        if (kam != null) {
            body.put("assigned_sales_person", kam);
        }
        Response created = api.post("/api/customers/", body, token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long bill(String token, long customer, String received) {
        Response created = api.post("/api/bills/", Map.of("customer", customer, "billing_date", "2025-10-31",
                "iig_qt", "10", "iig_qt_price", "100.00", "total_received", received), token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private String user(String prefix, String role) {
        String username = prefix + System.nanoTime();
        Response created = api.post("/api/users/", Map.of("email", username + "@payments.test", "username", username,
                "password", PASSWORD, "role", role), root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return api.logIn(username + "@payments.test", PASSWORD).access();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
