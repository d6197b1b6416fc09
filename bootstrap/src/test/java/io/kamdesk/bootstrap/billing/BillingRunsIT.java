package io.kamdesk.bootstrap.billing;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.billing.port.out.BillingRunQueue;
import io.kamdesk.application.billing.port.out.BillingRunRepository;
import io.kamdesk.application.billing.port.out.BillingRunSource;
import io.kamdesk.application.billing.service.BillingRunBatch;
import io.kamdesk.application.billing.service.BillingRunService;
import io.kamdesk.application.billing.service.BillingRunSettings;
import io.kamdesk.application.identity.port.in.user.FindViewerUseCase;
import io.kamdesk.application.shared.ActingUser;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.Eventually;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The monthly billing run over HTTP: last month's bills copied into the month, a second run creating
 * nothing, dry runs writing nothing, skips reported, scope, permissions, jobs and invoices.
 */
@FullStackTest
class BillingRunsIT {

    private static final String PASSWORD = "Correct-Horse-Battery-9";
    /** Years handed out one by one from a random start: no two tests of a run share a month. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(ThreadLocalRandom.current().nextInt(2100, 2800));

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Autowired
    BillingRunRepository runRepository;

    @Autowired
    BillingRunSource runSource;

    @Autowired
    BillingRunBatch batch;

    @Autowired
    BillingRunQueue queue;

    @Autowired
    FindViewerUseCase viewers;

    @Autowired
    ActingUser actingUser;

    @Autowired
    Transactions transactions;

    @Autowired
    BusinessCalendar calendar;

    ApiClient api;
    String root;
    long kamId;
    String kam;
    int year;
    long active;
    long inactive;
    long unbilled;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
        String tag = "run" + System.nanoTime();
        kamId = user(tag, "sales_person");
        kam = api.logIn(tag + "@runs.test", PASSWORD).access();
        // a year of its own per test: runs of other tests' months never meet these
        year = NEXT_YEAR.getAndIncrement();
        active = customer("Active " + tag);
        bill(active, february(10), "cap-1", "com-1", null, "25");
        bill(active, february(20), "cap-2", "", null, "0");
        bill(active, february(1), "cap-ended", "", february(27), "0");
        inactive = customer("Inactive " + tag);
        bill(inactive, february(1), "cap-9", "", null, "0");
        api.patch("/api/customers/" + inactive + "/", Map.of("status", "Inactive"), root);
        unbilled = customer("Unbilled " + tag);
    }

    @Test
    void aRun_copiesLastMonthsBills_onTheBillingDay_andASecondRunCreatesNothing() {
        Response first = run(Map.of("month", march(), "customers", List.of(active, inactive, unbilled)), root);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode report = first.json();
        assertThat(report.get("status").asString()).isEqualTo("succeeded");
        assertThat(report.get("processed").asInt()).isEqualTo(3);
        assertThat(report.get("bills_created").asInt()).isEqualTo(2);
        assertThat(report.get("existing").asInt()).isZero();
        assertThat(report.get("skipped").findValuesAsString("reason"))
                .containsExactlyInAnyOrder("link_terminated", "customer_not_active", "no_bills_last_month");
        assertThat(first.header("Location")).isEqualTo("/api/billing-runs/" + report.get("id").asLong() + "/");
        JsonNode march = api.get("/api/bills/?customer=" + active + "&billing_date_after=" + march() + "-01", root)
                .json();
        assertThat(march).hasSize(2);
        JsonNode copy = march.findParents("nttn_cap").stream().filter(bill -> bill.get("nttn_cap").asString()
                .equals("cap-1")).findFirst().orElseThrow();
        assertThat(copy.get("billing_date").asString()).isEqualTo(march() + "-01");
        assertThat(copy.get("nttn_com").asString()).isEqualTo("com-1");
        assertMoney(copy.get("iig_qt"), "10");
        assertMoney(copy.get("discount"), "25.00");
        assertMoney(copy.get("total_received"), "0.00");
        assertMoney(copy.get("total_due"), "975.00");

        JsonNode second = run(Map.of("month", march(), "customers", List.of(active, inactive, unbilled)), root)
                .json();
        assertThat(second.get("bills_created").asInt()).isZero();
        assertThat(second.get("existing").asInt()).isEqualTo(2);
        assertThat(api.get("/api/bills/?customer=" + active, root).json()).hasSize(5);
        assertThat(api.get("/api/activity-logs/?action=run_billing&resource_id=" + report.get("id").asLong(), root)
                .body()).contains("\"bills_created\": 2");
    }

    @Test
    void aDryRun_reportsTheSame_andWritesNothing() {
        int runsBefore = api.get("/api/billing-runs/", root).json().size();

        Response dry = run(Map.of("month", march(), "dry_run", true, "customers", List.of(active, inactive)), root);

        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("id").isNull()).isTrue();
        assertThat(dry.json().get("dry_run").asBoolean()).isTrue();
        assertThat(dry.json().get("bills_created").asInt()).isEqualTo(2);
        assertThat(api.get("/api/bills/?customer=" + active, root).json()).hasSize(3);
        assertThat(api.get("/api/billing-runs/", root).json()).hasSize(runsBefore);
    }

    @Test
    void theBillingDay_31_isTheLastDayOfFebruary() {
        long customer = customer("Leap " + System.nanoTime());
        bill(customer, year + "-01-31", "cap-31", "", null, "0");

        Response run = run(Map.of("month", year + "-02", "customers", List.of(customer)), root);

        // the setting's day is the 1st here; the clamp itself is proven in the domain's tests
        assertThat(run.json().get("bills_created").asInt()).as(run.body()).isEqualTo(1);
        assertThat(api.get("/api/bills/?customer=" + customer, root).json().findValuesAsString("billing_date"))
                .contains(year + "-02-01");
    }

    @Test
    void aRunInTheBackground_answers202_andItsJobFinishesIt_withTheMonthsInvoices() {
        Response queued = api.post("/api/billing-runs/?async=true", Map.of("month", march(), "customers",
                List.of(active), "create_invoices", true), root);

        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        assertThat(queued.header("Preference-Applied")).isEqualTo("respond-async");
        String location = queued.header("Location");
        Eventually.within(Duration.ofMinutes(1), () -> assertThat(api.get(location, root).json().get("status")
                .asString()).isEqualTo("succeeded"));
        JsonNode done = api.get(location, root).json();
        assertThat(done.get("bills_created").asInt()).isEqualTo(2);
        assertThat(done.get("invoices_created").asInt()).isEqualTo(1);
        assertThat(done.get("percent").asDouble()).isEqualTo(100.0);
        JsonNode invoices = api.get("/api/invoices/?customer=" + active + "&month=" + march(), root).json();
        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0).get("bills")).hasSize(2);
        assertThat(api.post(location + "cancel/", null, root).json().get("code").asString())
                .isEqualTo("billing_run_finished");
    }

    @Test
    void aSecondRunOfAMonth_whileOneIsUnfinished_isRefused() {
        dsl.insertInto(DSL.table("billing_run"), DSL.field("month"), DSL.field("status"), DSL.field("scheduled"),
                DSL.field("in_background"), DSL.field("create_invoices"), DSL.field("started_by_name"))
                .values(LocalDate.parse(march() + "-01"), "queued", false, true, false, "elsewhere")
                .execute();

        Response refused = run(Map.of("month", march(), "customers", List.of(active)), root);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("billing_run_in_progress");
        assertThat(api.get("/api/bills/?customer=" + active, root).json()).hasSize(3);
    }

    @Test
    void aRunBillsOnlyTheStartersCustomers_andNeedsBillsRun() {
        String role = "biller_" + System.nanoTime();
        Response created = api.post("/api/auth/roles/", Map.of("name", role, "permissions",
                List.of("bills:read", "bills:run"), "data_scope", "own"), root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String name = "biller" + System.nanoTime();
        long billerId = user(name, role);
        String biller = api.logIn(name + "@runs.test", PASSWORD).access();
        long own = customerOf("Own " + name, billerId);
        bill(own, february(5), "own-cap", "", null, "0");

        Response mine = run(Map.of("month", march()), biller);
        Response foreign = run(Map.of("month", march(), "customers", List.of(active)), biller);

        assertThat(mine.status()).as(mine.body()).isEqualTo(201);
        assertThat(mine.json().get("processed").asInt()).isEqualTo(1);
        assertThat(mine.json().get("bills_created").asInt()).isEqualTo(1);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(api.get("/api/bills/?customer=" + active, root).json()).hasSize(3);
        assertThat(run(Map.of("month", march()), kam).status()).isEqualTo(403);
        assertThat(api.get("/api/billing-runs/", kam).status()).isEqualTo(403);
        assertThat(api.get("/api/billing-runs/", biller).json()).hasSize(1);
        assertThat(api.get("/api/billing-runs/" + mine.json().get("id").asLong() + "/", root).status())
                .isEqualTo(200);
        assertThat(run(Map.of("month", "2026/03"), root).status()).isEqualTo(400);
        assertThat(run(Map.of("dry_run", true), root).status()).isEqualTo(400);
    }

    @Test
    void theSchedule_runsTheMonthOnItsDayOnce_asItsUser_withInvoices() {
        long adminId = api.get("/api/users/me/", root).json().get("id").asLong();
        BillingRunService scheduled = new BillingRunService(runRepository, runSource, batch, queue, viewers,
                actingUser, transactions, calendar, new BillingRunSettings(1, 31, adminId));
        LocalDate lastOfMarch = LocalDate.parse(march() + "-31");

        assertThat(scheduled.runScheduledBilling(lastOfMarch.minusDays(1))).isEmpty();
        long id = scheduled.runScheduledBilling(lastOfMarch).orElseThrow();
        assertThat(scheduled.runScheduledBilling(lastOfMarch)).isEmpty();

        JsonNode run = api.get("/api/billing-runs/" + id + "/", root).json();
        assertThat(run.get("scheduled").asBoolean()).isTrue();
        assertThat(run.get("status").asString()).isEqualTo("succeeded");
        assertThat(run.get("create_invoices").asBoolean()).isTrue();
        assertThat(run.get("started_by").get("id").asLong()).isEqualTo(adminId);
        assertThat(api.get("/api/bills/?customer=" + active, root).json()).hasSize(5);
        assertThat(api.get("/api/invoices/?customer=" + active + "&month=" + march(), root).json()).hasSize(1);
        BillingRunService inactiveUser = new BillingRunService(runRepository, runSource, batch, queue, viewers,
                actingUser, transactions, calendar, new BillingRunSettings(1, 30, Long.MAX_VALUE));
        long failed = inactiveUser.runScheduledBilling(LocalDate.parse(year + 1 + "-04-30")).orElseThrow();
        JsonNode refused = api.get("/api/billing-runs/" + failed + "/", root).json();
        assertThat(refused.get("status").asString()).isEqualTo("failed");
        assertThat(refused.get("failure").get("code").asString()).isEqualTo("run_as_inactive");
    }

    private Response run(Map<String, Object> body, String token) {
        return api.post("/api/billing-runs/", body, token);
    }

    private String march() {
        return year + "-03";
    }

    private String february(int day) {
        return "%d-02-%02d".formatted(year, day);
    }

    private long user(String name, String role) {
        Response user = api.post("/api/users/", Map.of("email", name + "@runs.test", "username", name,
                "password", PASSWORD, "role", role), root);
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        return user.json().get("id").asLong();
    }

    private long customer(String name) {
        return customerOf(name, kamId);
    }

    private long customerOf(String name, long kamUser) {
        Response created = api.post("/api/customers/", Map.of("name", name, "email", "c" + System.nanoTime()
                + "@runs.test", "phone", "01711000042", "assigned_sales_person", kamUser), root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void bill(long customer, String billingDate, String cap, String com, String terminated,
            String discount) {
        Map<String, Object> body = new HashMap<>(Map.of("customer", customer, "billing_date", billingDate,
                "nttn_cap", cap, "nttn_com", com, "iig_qt", "10", "iig_qt_price", "100", "discount", discount,
                "total_received", "300", "active_date", year - 1 + "-06-01"));
        if (terminated != null) {
            body.put("termination_date", terminated);
        }
        Response created = api.post("/api/bills/", body, root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static void assertMoney(JsonNode value, String expected) {
        assertThat(new BigDecimal(value.asString())).as(value.toString()).isEqualByComparingTo(expected);
    }
}
