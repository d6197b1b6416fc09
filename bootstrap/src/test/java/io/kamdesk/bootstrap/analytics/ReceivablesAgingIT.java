package io.kamdesk.bootstrap.analytics;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Receivables aging over HTTP, on one KAM's customers as of 2025-12-31 with the default 30 days of
 * terms: each bucket's boundaries, what was paid by the day (and not after), scope and the per-customer
 * list.
 */
@FullStackTest
class ReceivablesAgingIT {

    private static final String PASSWORD = "Sturdy-Passphrase-42";
    private static final String AS_OF = "2025-12-31";

    @LocalServerPort
    int port;

    ApiClient api;
    String root;
    String kam;
    long kamId;
    long acme;
    long zeta;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
        String username = "aging" + System.nanoTime();
        Response user = api.post("/api/users/", Map.of("email", username + "@aging.test", "username", username,
                "password", PASSWORD, "role", "sales_person"), root);
        kamId = user.json().get("id").asLong();
        kam = api.logIn(username + "@aging.test", PASSWORD).access();
        acme = customer("Acme " + username);
        zeta = customer("Zeta " + username);
        // due 2026-01-14: not yet due
        bill(acme, "2025-12-15", "100.00");
        // due 2025-12-30 (1 day past), 600.00 left after 400.00 paid by the day; 100.00 paid after it
        long partly = bill(acme, "2025-11-30", "1000.00");
        pay(partly, "400.00", "2025-12-20");
        pay(partly, "100.00", "2026-01-05");
        // due 2025-12-01: 30 days past, still 1_30
        bill(zeta, "2025-11-01", "30.00");
        // due 2025-11-30: 31 days past
        bill(zeta, "2025-10-31", "31.00");
        // due 2025-10-02: 90 days past, still 61_90; due 2025-10-01: 91 days past
        bill(zeta, "2025-09-02", "90.00");
        bill(acme, "2025-09-01", "91.00");
        // paid in full, inactive, or billed after the day: nothing owed as of it
        long paid = bill(acme, "2025-10-01", "55.00");
        pay(paid, "55.00", "2025-10-15");
        long inactive = bill(acme, "2025-10-01", "77.00");
        api.patch("/api/bills/" + inactive + "/", Map.of("status", "Inactive"), root);
        bill(acme, "2026-01-02", "88.00");
    }

    @Test
    void eachBucket_holdsWhatIsStillDueAsOfTheDay_byDaysPastTheDueDate() {
        Response answer = api.get("/api/dashboard/receivables-aging/?as_of=" + AS_OF + "&kam=" + kamId, root);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode aging = answer.json();
        assertThat(aging.get("as_of").asString()).isEqualTo(AS_OF);
        assertThat(aging.get("payment_terms_days").asInt()).isEqualTo(30);
        assertFigures(aging.get("buckets").get("current"), "100.00", 1);
        assertFigures(aging.get("buckets").get("1_30"), "630.00", 2);
        assertFigures(aging.get("buckets").get("31_60"), "31.00", 1);
        assertFigures(aging.get("buckets").get("61_90"), "90.00", 1);
        assertFigures(aging.get("buckets").get("over_90"), "91.00", 1);
        assertFigures(aging.get("total"), "942.00", 2);
        assertThat(aging.get("by_kam")).hasSize(1);
        assertThat(aging.get("by_kam").get(0).get("kam").asLong()).isEqualTo(kamId);
        assertFigures(aging.get("by_kam").get(0).get("total"), "942.00", 2);
    }

    @Test
    void asOfToday_everyPaymentCounts_andTheseBillsAreLongOverdue() {
        JsonNode aging = api.get("/api/dashboard/receivables-aging/", kam).json();

        // 100 + (1000 − 400 − 100) + 91 + 88 of Acme, 30 + 31 + 90 of Zeta: all due before 2026-09-07
        assertFigures(aging.get("buckets").get("over_90"), "930.00", 2);
        assertFigures(aging.get("buckets").get("current"), "0.00", 0);
        assertFigures(aging.get("total"), "930.00", 2);
    }

    @Test
    void aKam_seesTheirOwnCustomers_andAnotherKamFilterShowsThemNothing() {
        JsonNode own = api.get("/api/dashboard/receivables-aging/?as_of=" + AS_OF, kam).json();
        JsonNode other = api.get("/api/dashboard/receivables-aging/?as_of=" + AS_OF + "&kam=1", kam).json();

        assertFigures(own.get("total"), "942.00", 2);
        assertFigures(other.get("total"), "0.00", 0);
        assertThat(api.get("/api/dashboard/receivables-aging/?as_of=31-31-2025", kam).status()).isEqualTo(400);
    }

    @Test
    void theCustomers_areListedByOverdueAmount_withTheirBuckets_andExport() {
        Response page = api.get("/api/dashboard/receivables-aging/customers/?as_of=" + AS_OF + "&page=1&page_size=10",
                kam);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("count").asLong()).isEqualTo(2);
        JsonNode first = page.json().get("results").get(0);
        assertThat(first.get("customer").asLong()).isEqualTo(acme);
        assertThat(new BigDecimal(first.get("outstanding").asString())).isEqualByComparingTo("791.00");
        assertThat(new BigDecimal(first.get("overdue").asString())).isEqualByComparingTo("691.00");
        assertThat(new BigDecimal(first.get("buckets").get("over_90").asString())).isEqualByComparingTo("91.00");
        assertThat(first.get("oldest_due_date").asString()).isEqualTo("2025-10-01");
        JsonNode second = page.json().get("results").get(1);
        assertThat(second.get("customer").asLong()).isEqualTo(zeta);
        String paged = "/api/dashboard/receivables-aging/customers/?as_of=" + AS_OF + "&page_size=1&page=";
        JsonNode last = api.get(paged + 2, kam).json();
        assertThat(last.get("count").asLong()).isEqualTo(2);
        assertThat(last.get("results").get(0).get("customer").asLong()).isEqualTo(zeta);
        assertThat(api.get(paged + 3, kam).status()).isEqualTo(404);
        var csv = api.download("/api/dashboard/receivables-aging/customers/export/?as_of=" + AS_OF, kam);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("over_90").contains("791.00");
        assertThat(api.get("/api/activity-logs/?action=export_receivables_aging&user_id=" + kamId, root).body())
                .contains("\"rows\": 2");
    }

    @Test
    void aCustomersOwnPaymentTerms_moveItsBillsDueDates() {
        Response set = api.put("/api/customers/" + zeta + "/payment-terms/", Map.of("days", 60), kam);

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("effective_days").asInt()).isEqualTo(60);
        assertThat(set.json().get("default_days").asInt()).isEqualTo(30);
        JsonNode aging = api.get("/api/dashboard/receivables-aging/?as_of=" + AS_OF, kam).json();
        assertFigures(aging.get("buckets").get("current"), "130.00", 2);
        assertFigures(aging.get("buckets").get("1_30"), "631.00", 2);
        assertFigures(aging.get("buckets").get("31_60"), "90.00", 1);
        assertFigures(aging.get("buckets").get("61_90"), "0.00", 0);
        assertFigures(aging.get("buckets").get("over_90"), "91.00", 1);
        assertThat(api.put("/api/customers/" + zeta + "/payment-terms/", Map.of("days", 400), root).status())
                .isEqualTo(400);
        assertThat(api.get("/api/customers/" + zeta + "/payment-terms/", kam).json().get("days").asInt())
                .isEqualTo(60);
        Response cleared = api.put("/api/customers/" + zeta + "/payment-terms/", new HashMap<>(), root);
        assertThat(cleared.json().get("days").isNull()).as(cleared.body()).isTrue();
        assertThat(cleared.json().get("effective_days").asInt()).isEqualTo(30);
        assertThat(api.get("/api/activity-logs/?action=update_customer&resource_id=" + zeta, root).body())
                .contains("payment_terms_days");
    }

    @Test
    void aBillPaidInFullAfterTheDay_stillOwedOnIt_andAVoidedPaymentNeverCounted() {
        long late = customer("Late " + System.nanoTime());
        long bill = bill(late, "2025-12-01", "50.00");
        pay(bill, "50.00", "2026-01-10");
        long voided = api.post("/api/bills/" + bill(late, "2025-12-02", "20.00") + "/payments/", Map.of("amount",
                "20.00", "method", "cash", "paid_on", "2025-12-20"), root).json().get("id").asLong();
        api.post("/api/payments/" + voided + "/void/", Map.of("reason", "bounced"), root);
        String search = "&search=Late";

        JsonNode then = api.get("/api/dashboard/receivables-aging/customers/?as_of=" + AS_OF + search, kam).json();
        JsonNode now = api.get("/api/dashboard/receivables-aging/customers/?" + search, kam).json();

        assertThat(then).as(then.toString()).hasSize(1);
        assertThat(new BigDecimal(then.get(0).get("buckets").get("current").asString())).isEqualByComparingTo("70.00");
        assertThat(new BigDecimal(then.get(0).get("overdue").asString())).isEqualByComparingTo("0.00");
        assertThat(then.get(0).get("oldest_due_date").asString()).isEqualTo("2025-12-31");
        assertThat(now).as(now.toString()).hasSize(1);
        assertThat(new BigDecimal(now.get(0).get("buckets").get("over_90").asString())).isEqualByComparingTo("20.00");
    }

    @Test
    void theFigures_askedAgainAfterAPayment_includeIt() {
        String path = "/api/dashboard/receivables-aging/?as_of=" + AS_OF;
        JsonNode before = api.get(path, kam).json();
        assertThat(api.get(path, kam).json()).isEqualTo(before);

        pay(bill(zeta, "2025-11-01", "40.00"), "15.00", "2025-12-10");
        JsonNode after = api.get(path, kam).json();

        assertFigures(before.get("buckets").get("1_30"), "630.00", 2);
        assertFigures(after.get("buckets").get("1_30"), "655.00", 2);
        assertFigures(after.get("total"), "967.00", 2);
    }

    private static void assertFigures(JsonNode figures, String amount, long customers) {
        assertThat(new BigDecimal(figures.get("amount").asString())).as(figures.toString())
                .isEqualByComparingTo(amount);
        assertThat(figures.get("customers").asLong()).as(figures.toString()).isEqualTo(customers);
    }

    private long customer(String name) {
        Response created = api.post("/api/customers/", Map.of("name", name, "email", "c" + System.nanoTime()
                + "@aging.test", "phone", "01711000040", "assigned_sales_person", kamId), root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long bill(long customer, String billingDate, String amount) {
        Response created = api.post("/api/bills/", Map.of("customer", customer, "billing_date", billingDate,
                "iig_qt", "1", "iig_qt_price", amount), root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void pay(long bill, String amount, String paidOn) {
        Response paid = api.post("/api/bills/" + bill + "/payments/", Map.of("amount", amount, "method", "cash",
                "paid_on", paidOn), root);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
    }
}
