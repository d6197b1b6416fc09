package io.kamdesk.bootstrap.analytics;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.demodata.port.in.GenerateDataUseCase;
import io.kamdesk.application.demodata.port.in.GenerateDemoDataCommand;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Money received over HTTP: the collections series and cash_collected, a customer's statement, and
 * the ledger agreeing with the bills and the dashboard to the cent on generated data.
 */
@FullStackTest
class CollectionsIT {

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Autowired
    GenerateDataUseCase generator;

    ApiClient api;
    String root;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
    }

    @Test
    void theLedger_theBills_andTheDashboard_agreeToTheCent_forAdminAndEveryKam() {
        generator.generateData(new GenerateDemoDataCommand(40, 12, 3, System.nanoTime(), null));
        List<Long> kams = dsl.fetch("select distinct kam_id from customer where kam_id is not null")
                .getValues(0, Long.class);

        assertAgreement(Optional.empty());
        kams.forEach(kam -> assertAgreement(Optional.of(kam)));
    }

    @Test
    void collections_countMoneyByTheDayPaid_zeroFilled_andCashCollectedIsInTheKpis() {
        String kam = kamOfOwn();
        long kamId = api.get("/api/users/me/", kam).json().get("id").asLong();
        long customer = customer(kamId, "Coll");
        long bill = bill(customer, "2025-06-30", "1000.00");
        pay(bill, "300.00", "2025-07-03", "cash");
        pay(bill, "200.00", "2025-09-10", "bkash");
        long voided = pay(bill, "50.00", "2025-09-11", "cash");
        api.post("/api/payments/" + voided + "/void/", Map.of("reason", "Typo"), root);

        JsonNode months = api.get("/api/dashboard/monthly-collections/?from=2025-07-01&to=2025-09-30", kam).json();
        JsonNode kpis = api.get("/api/dashboard/kpis/?from=2025-07-01&to=2025-09-30", kam).json();

        assertThat(list(months)).extracting(month -> month.get("month").asString())
                .containsExactly("2025-07", "2025-08", "2025-09");
        assertThat(list(months)).extracting(month -> new BigDecimal(month.get("collected").asString()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("300"), BigDecimal.ZERO, new BigDecimal("200"));
        assertThat(new BigDecimal(kpis.get("cash_collected").asString())).isEqualByComparingTo("500.00");
        assertThat(api.get("/api/dashboard/weekly-collections/?from=2025-07-01&to=2025-07-13", kam).json().size())
                .as("the weeks of 2025-06-30 and 2025-07-07").isEqualTo(2);
        assertThat(new BigDecimal(api.get("/api/dashboard/yearly-collections/?from=2025-01-01&to=2025-12-31", kam)
                .json().get(0).get("collected").asString())).isEqualByComparingTo("500.00");
    }

    @Test
    void aStatement_opensWithWhatWasOwed_runsBillsAndPaymentsInDateOrder_andCloses() {
        long customer = customer(null, "Stmt");
        long august = bill(customer, "2025-08-31", "1000.00");
        pay(august, "400.00", "2025-09-05", "cheque");
        long september = bill(customer, "2025-09-30", "500.00");
        pay(september, "1100.00", "2025-10-02", "bank_transfer");
        bill(customer, "2025-10-31", "250.00");

        Response answer = api.get("/api/customers/" + customer + "/statement/?from=2025-09-01&to=2025-10-15", root);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode statement = answer.json();
        assertThat(statement.get("opening_balance").asString()).isEqualTo("1000.00");
        assertThat(list(statement.get("lines"))).extracting(line -> line.get("type").asString() + " "
                + line.get("balance").asString()).containsExactly("payment 600.00", "bill 1100.00", "payment 0.00");
        assertThat(statement.get("total_debit").asString()).isEqualTo("500.00");
        assertThat(statement.get("total_credit").asString()).isEqualTo("1500.00");
        assertThat(statement.get("closing_balance").asString()).isEqualTo("0.00");
        var csv = api.download("/api/customers/" + customer
                + "/statement/?from=2025-09-01&to=2025-10-15&format=csv", root);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Opening balance")
                .contains("Closing balance");
        assertThat(api.get("/api/activity-logs/?action=export_customer_statement&search=" + customer, root).body())
                .contains("/api/customers/" + customer + "/statement/");
        assertThat(api.get("/api/customers/" + customer + "/statement/?from=2025-10-15&to=2025-09-01", root)
                .status()).isEqualTo(400);
        assertThat(api.get("/api/customers/" + customer + "/statement/", kamOfOwn()).status()).isEqualTo(404);
    }

    private void assertAgreement(Optional<Long> kam) {
        String scope = kam.map(id -> " and c.kam_id = " + id).orElse("");
        BigDecimal received = sum("select sum(b.total_received) from bill b join customer c on c.id = b.customer_id"
                + " where true" + scope);
        BigDecimal ledger = sum("select sum(p.amount) from payment p join bill b on b.id = p.bill_id join customer c"
                + " on c.id = b.customer_id where p.voided_at is null" + scope);
        BigDecimal dashboardReceived = sum("select sum(b.total_received) from bill b join customer c on c.id ="
                + " b.customer_id where b.status = 'Active' and b.billing_date is not null" + scope);
        String filter = kam.map(id -> "kam=" + id).orElse("");
        BigDecimal collected = BigDecimal.ZERO;
        for (JsonNode customer : list(api.get("/api/dashboard/customer-wise-revenue/?" + filter, root).json())) {
            collected = collected.add(new BigDecimal(customer.get("totalRevenue").asString())
                    .subtract(new BigDecimal(customer.get("totalDue").asString())));
        }
        BigDecimal cash = BigDecimal.ZERO;
        int thisYear = LocalDate.now(ZoneId.of("Asia/Dhaka")).getYear();
        Response years = api.get("/api/dashboard/yearly-collections/?from=" + (thisYear - 19) + "-01-01&to="
                + thisYear + "-12-31&" + filter, root);
        assertThat(years.status()).as(years.body()).isEqualTo(200);
        for (JsonNode year : list(years.json())) {
            cash = cash.add(new BigDecimal(year.get("collected").asString()));
        }

        assertThat(ledger).as("payments = total received, %s", kam).isEqualByComparingTo(received);
        assertThat(collected).as("dashboard collected, %s", kam).isEqualByComparingTo(dashboardReceived);
        assertThat(cash).as("money received, %s", kam).isEqualByComparingTo(ledger);
    }

    private BigDecimal sum(String sql) {
        Object value = dsl.fetchValue(sql);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private String kamOfOwn() {
        String username = "coll" + System.nanoTime();
        api.post("/api/users/", Map.of("email", username + "@collections.test", "username", username, "password",
                "Sturdy-Passphrase-42", "role", "sales_person"), root);
        return api.logIn(username + "@collections.test", "Sturdy-Passphrase-42").access();
    }

    private long customer(Long kam, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "email", name.toLowerCase(Locale.ROOT)
                + System.nanoTime() + "@collections.test", "phone", "01711000050"));
        if (kam != null) {
            body.put("assigned_sales_person", kam);
        }
        Response created = api.post("/api/customers/", body, root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long bill(long customer, String billingDate, String amount) {
        Response created = api.post("/api/bills/", Map.of("customer", customer, "billing_date", billingDate,
                "iig_qt", "1", "iig_qt_price", amount), root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long pay(long bill, String amount, String paidOn, String method) {
        Response paid = api.post("/api/bills/" + bill + "/payments/", Map.of("amount", amount, "method", method,
                "paid_on", paidOn), root);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        return paid.json().get("id").asLong();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
