package io.kamdesk.bootstrap.billing;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bills over HTTP: exact totals, numbering under concurrency, scope, and the customer's revenue. */
@FullStackTest
class BillingIT {

    private static final String PASSWORD = "Sturdy-Passphrase-42";
    private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    @LocalServerPort
    int port;

    ApiClient api;
    String root;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
    }

    @Test
    void documentsExample_givesQuantityTimesPriceTotals_andIgnoresClientTotals() {
        long customer = customer(root, "Acme Inc", "Acme");
        Map<String, Object> body = new HashMap<>(documentExample(customer));
        body.put("total_bill", "130.00");
        body.put("total_due", "30.00");

        Response created = api.post("/api/bills/", body, root);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("total_bill").asString()).isEqualTo("1050.00");
        assertThat(created.json().get("total_due").asString()).isEqualTo("950.00");
        assertThat(created.json().get("iig_qt").asString()).isEqualTo("10.00");
        assertThat(created.json().get("iig_qt_price").asString()).isEqualTo("100.00");
        assertThat(created.json().get("status").asString()).isEqualTo("Active");
        assertThat(created.json().get("customer_details").get("id").asLong()).isEqualTo(customer);
        assertThat(created.json().get("customer_details").get("name").asString()).isEqualTo("Acme Inc");
        assertThat(created.json().get("bill_number").asString())
                .isEqualTo("KTL-BL-ACMEX-" + created.json().get("id").asLong() + "-30112025");
    }

    @Test
    void patchOfOneField_recomputesTheTotals() {
        long bill = api.post("/api/bills/", documentExample(customer(root, "Patchy", "")), root).json()
                .get("id").asLong();

        Response paid = api.patch("/api/bills/" + bill + "/", Map.of("total_received", "1100.00"), root);
        Response discounted = api.patch("/api/bills/" + bill + "/", Map.of("discount", 50), root);

        assertThat(paid.json().get("total_due").asString()).isEqualTo("-50.00");
        assertThat(discounted.json().get("total_bill").asString()).isEqualTo("1000.00");
        assertThat(discounted.json().get("total_due").asString()).isEqualTo("-100.00");
    }

    @Test
    void customersMonthlyRevenue_followsItsActiveBillsOfThisMonth_andDeletes() {
        long customer = customer(root, "Revenue Ltd", "Revenue");
        String today = LocalDate.now(DHAKA).toString();
        long active = bill(customer, today, "100.00", "Active");
        bill(customer, today, "40.00", "Inactive");
        bill(customer, LocalDate.now(DHAKA).minusMonths(2).toString(), "999.00", "Active");

        BigDecimal before = revenue(customer);
        api.delete("/api/bills/" + active + "/", root);
        BigDecimal after = revenue(customer);

        assertThat(before).isEqualByComparingTo("100.00");
        assertThat(after).isEqualByComparingTo("0");
    }

    @Test
    void customerWithBills_cannotBeDeleted() {
        long customer = customer(root, "Keeper", "");
        bill(customer, LocalDate.now(DHAKA).toString(), "1.00", "Active");

        Response delete = api.delete("/api/customers/" + customer + "/", root);

        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.json().get("code").asString()).isEqualTo("customer_has_bills");
        assertThat(api.get("/api/customers/" + customer + "/", root).status()).isEqualTo(200);
    }

    @Test
    void kam_seesAndTouchesOnlyBillsOfTheirCustomers() {
        String alice = kam("alice");
        String bob = kam("bob");
        long alicesCustomer = customer(alice, "Alice Corp", "");
        long bill = api.post("/api/bills/", documentExample(alicesCustomer), alice).json().get("id").asLong();
        String path = "/api/bills/" + bill + "/";

        Response bobCreates = api.post("/api/bills/", documentExample(alicesCustomer), bob);

        assertThat(api.get(path, bob).status()).isEqualTo(404);
        assertThat(api.patch(path, Map.of("remarks", "mine"), bob).status()).isEqualTo(404);
        assertThat(api.get("/api/bills/", bob).json().size()).isZero();
        assertThat(api.get(path, alice).status()).isEqualTo(200);
        assertThat(bobCreates.status()).isEqualTo(400);
        assertThat(bobCreates.json().has("customer")).isTrue();
    }

    @Test
    void badAmounts_areRefusedWith400_neverA500() {
        long customer = customer(root, "Strict", "");
        for (Object amount : new Object[] {"abc", "1e999999", "12345678901234567890", -1, "NaN", "1.234", true}) {
            Map<String, Object> body = new HashMap<>(documentExample(customer));
            body.put("iig_qt_price", amount);

            Response response = api.post("/api/bills/", body, root);

            assertThat(response.status()).as("price %s", amount).isEqualTo(400);
            assertThat(response.json().has("iig_qt_price")).as("price %s", amount).isTrue();
        }
        Map<String, Object> tooMuchDiscount = new HashMap<>(documentExample(customer));
        tooMuchDiscount.put("discount", "5000.00");
        assertThat(api.post("/api/bills/", tooMuchDiscount, root).json().has("discount")).isTrue();
        assertThat(api.post("/api/bills/", Map.of("customer", 99_999_999), root).status()).isEqualTo(400);
        assertThat(api.get("/api/bills/?customer=" + customer, root).json().size()).isZero();
    }

    @Test
    void concurrentCreates_getDistinctBillNumbers() throws Exception {
        long customer = customer(root, "Parallel Traders", "Parallel");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            futures.add(pool.submit(() -> api.post("/api/bills/", documentExample(customer), root)));
        }
        Set<String> numbers = new HashSet<>();
        for (Future<Response> future : futures) {
            Response response = future.get();
            assertThat(response.status()).isEqualTo(201);
            numbers.add(response.json().get("bill_number").asString());
        }
        pool.shutdown();

        assertThat(numbers).hasSize(24);
        assertThat(numbers).allMatch(number -> number.startsWith("KTL-BL-PARAL-"));
    }

    @Test
    void billList_filtersByDatesStatusCustomerAndSearch_andOrders() {
        long customer = customer(root, "Filter Co", "");
        bill(customer, "2025-01-15", "10.00", "Active");
        long feb = bill(customer, "2025-02-15", "30.00", "Active");
        bill(customer, "2025-03-15", "20.00", "Inactive");
        String base = "/api/bills/?customer=" + customer;

        Response exact = api.get(base + "&billing_date=2025-02-15", root);
        Response range = api.get(base + "&billing_date_after=2025-02-01&billing_date_before=2025-03-31", root);
        Response active = api.get(base + "&status=Active&ordering=-total_bill", root);
        Response byNumber = api.get("/api/bills/?search=" + number(feb), root);
        Response badDate = api.get(base + "&billing_date=15/02/2025", root);

        assertThat(exact.json().size()).isEqualTo(1);
        assertThat(range.json().size()).isEqualTo(2);
        assertThat(active.json().size()).isEqualTo(2);
        assertThat(active.json().get(0).get("total_bill").asString()).isEqualTo("30.00");
        assertThat(byNumber.json().size()).isEqualTo(1);
        assertThat(badDate.status()).isEqualTo(400);
    }

    private long bill(long customer, String billingDate, String price, String status) {
        Response response = api.post("/api/bills/", Map.of("customer", customer, "billing_date", billingDate,
                "iig_qt", "1", "iig_qt_price", price, "status", status), root);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private String number(long bill) {
        return api.get("/api/bills/" + bill + "/", root).json().get("bill_number").asString();
    }

    private BigDecimal revenue(long customer) {
        return api.get("/api/customers/" + customer + "/", root).json().get("calculated_monthly_revenue")
                .decimalValue();
    }

    private long customer(String token, String name, String company) {
        Response response = api.post("/api/customers/", Map.of("name", name, "company_name", company, "email",
                "b" + System.nanoTime() + "@bills.test", "phone", "01712 345678"), token);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private String kam(String prefix) {
        String username = prefix + System.nanoTime();
        api.post("/api/users/", Map.of("email", username + "@kamdesk.test", "username", username, "password",
                PASSWORD, "role", "sales_person"), root);
        return api.logIn(username + "@kamdesk.test", PASSWORD).access();
    }

    private static Map<String, Object> documentExample(long customer) {
        return Map.ofEntries(Map.entry("customer", customer), Map.entry("nttn_cap", "CAP-01"),
                Map.entry("nttn_com", "COM-01"), Map.entry("billing_date", "2025-11-30"),
                Map.entry("iig_qt", "10.00"), Map.entry("iig_qt_price", "100.00"), Map.entry("fna", "1.00"),
                Map.entry("fna_price", "10.00"), Map.entry("ggc", "2.00"), Map.entry("ggc_price", "20.00"),
                Map.entry("discount", "0.00"), Map.entry("total_received", "100.00"), Map.entry("status", "Active"),
                Map.entry("remarks", "Monthly bill"));
    }
}
