package io.kamdesk.bootstrap.analytics;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The six dashboard endpoints over HTTP: the API document's shapes and field names, numbers as JSON
 * numbers, defaults and zero-filling, the caller's scope, and 400s for bad ranges. Bills are made
 * through the API, so the rollup is fed by the real write path.
 */
@FullStackTest
class DashboardIT {

    private static final String PASSWORD = "Sturdy-Passphrase-42";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Dhaka"));

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
    void series_withoutRange_areZeroFilled_ascending_inTheDocumentsShapes() {
        Response weekly = api.get("/api/dashboard/weekly-revenue/", root);
        Response monthly = api.get("/api/dashboard/monthly-revenue/", root);
        Response yearly = api.get("/api/dashboard/yearly-revenue", root);

        assertThat(weekly.status()).as(weekly.body()).isEqualTo(200);
        assertThat(weekly.json()).hasSize(12);
        assertThat(weekly.json().get(11).get("week").asString())
                .isEqualTo(TODAY.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).toString());
        assertThat(weekly.json().get(0).get("revenue").isNumber()).isTrue();
        assertThat(monthly.json()).hasSize(12);
        assertThat(monthly.json().get(11).get("month").asString()).isEqualTo(YearMonth.from(TODAY).toString());
        assertThat(monthly.json().get(0).get("month").asString())
                .isEqualTo(YearMonth.from(TODAY).minusMonths(11).toString());
        assertThat(yearly.status()).as("without the trailing slash").isEqualTo(200);
        assertThat(yearly.json()).hasSize(5);
        assertThat(yearly.json().get(4).get("year").asInt()).isEqualTo(TODAY.getYear());
        assertThat(yearly.json().get(4).propertyNames()).containsExactlyInAnyOrder("year", "revenue");
    }

    @Test
    void salesPerson_seesOnlyTheirOwnCustomers_andAdminCanNarrowToThem() {
        String kamToken = kam("dash_kam");
        long kamId = api.get("/api/users/me/", kamToken).json().get("id").asLong();
        long mine = customer(kamToken, "Mine Ltd");
        long theirs = customer(kam("dash_other"), "Theirs Ltd");
        String range = "?from=2011-01-01&to=2011-12-31";
        bill(mine, "2011-03-01", "100.00", "40.00", "Active");
        bill(mine, "2011-03-31", "50.25", "50.25", "Active");
        bill(mine, "2011-04-01", "999.00", "0.00", "Inactive");
        bill(theirs, "2011-03-15", "7.00", "0.00", "Active");

        JsonNode kamMonths = months(api.get("/api/dashboard/monthly-revenue/" + range, kamToken));
        JsonNode adminMonths = months(api.get("/api/dashboard/monthly-revenue/" + range, root));
        JsonNode narrowed = months(api.get("/api/dashboard/monthly-revenue/" + range + "&kam=" + kamId, root));
        JsonNode customers = api.get("/api/dashboard/customer-wise-revenue/" + range, kamToken).json();
        JsonNode kams = api.get("/api/dashboard/kam-performance/" + range, kamToken).json();
        JsonNode kpis = api.get("/api/dashboard/kpis/" + range, kamToken).json();

        assertThat(kamMonths).hasSize(12);
        assertThat(kamMonths.get(2).get("month").asString()).isEqualTo("2011-03");
        assertThat(kamMonths.get(2).get("revenue").decimalValue()).isEqualByComparingTo("150.25");
        assertThat(kamMonths.get(3).get("revenue").decimalValue()).isEqualByComparingTo("0");
        assertThat(adminMonths.get(2).get("revenue").decimalValue()).isEqualByComparingTo("157.25");
        assertThat(narrowed.get(2).get("revenue").decimalValue()).isEqualByComparingTo("150.25");
        assertThat(customers).hasSize(1);
        JsonNode row = customers.get(0);
        assertThat(row.propertyNames()).containsExactlyInAnyOrder("customer_id", "customerName", "email", "status",
                "joinDate", "leaveDate", "totalRevenue", "totalDue", "collectionRate", "kam");
        assertThat(row.get("customer_id").asLong()).isEqualTo(mine);
        assertThat(row.get("customerName").asString()).isEqualTo("Mine Ltd");
        assertThat(row.get("totalRevenue").decimalValue()).isEqualByComparingTo("150.25");
        assertThat(row.get("totalDue").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(row.get("collectionRate").decimalValue()).isEqualByComparingTo("60.07");
        assertThat(row.get("totalRevenue").isNumber()).isTrue();
        assertThat(row.get("leaveDate").isNull()).isTrue();
        assertThat(kams).hasSize(1);
        assertThat(kams.get(0).get("kam_id").asLong()).isEqualTo(kamId);
        assertThat(kams.get(0).get("total_revenue").decimalValue()).isEqualByComparingTo("150.25");
        assertThat(kams.get(0).propertyNames()).containsExactlyInAnyOrder("kam", "kam_id", "total_customers",
                "active_customers", "total_revenue", "avg_revenue_per_customer");
        assertThat(kpis.get("total_revenue").decimalValue()).isEqualByComparingTo("150.25");
        assertThat(kpis.get("collection_rate").decimalValue()).isEqualByComparingTo("60.07");
        assertThat(kpis.get("total_revenue_change").decimalValue()).as("nothing in 2010: no division by zero")
                .isEqualByComparingTo("0");
        assertThat(kpis.propertyNames()).containsExactlyInAnyOrder("total_revenue", "total_revenue_change",
                "total_customers", "total_customers_change", "active_customers", "active_customers_change",
                "collection_rate", "collection_rate_change", "cash_collected");
    }

    @Test
    void figuresOfOneRange_addUpAcrossEndpoints_toTheCent() {
        String kamToken = kam("dash_sum");
        long customer = customer(kamToken, "Summed Ltd");
        bill(customer, "2012-01-01", "0.01", "0.00", "Active");
        bill(customer, "2012-06-30", "1234.56", "34.56", "Active");
        bill(customer, "2012-12-31", "10.10", "10.10", "Active");
        String range = "?from=2012-01-01&to=2012-12-31";

        for (String token : List.of(root, kamToken)) {
            BigDecimal weeks = sum(api.get("/api/dashboard/weekly-revenue/" + range, token).json(), "revenue");
            BigDecimal months = sum(api.get("/api/dashboard/monthly-revenue/" + range, token).json(), "revenue");
            BigDecimal years = sum(api.get("/api/dashboard/yearly-revenue/" + range, token).json(), "revenue");
            JsonNode customers = api.get("/api/dashboard/customer-wise-revenue/" + range, token).json();
            BigDecimal perCustomer = sum(customers, "totalRevenue");
            BigDecimal unassigned = BigDecimal.ZERO;
            for (JsonNode row : customers) {
                if (row.get("kam").isNull()) {
                    unassigned = unassigned.add(row.get("totalRevenue").decimalValue());
                }
            }
            BigDecimal perKam = sum(api.get("/api/dashboard/kam-performance/" + range, token).json(),
                    "total_revenue");
            BigDecimal kpi = api.get("/api/dashboard/kpis/" + range, token).json().get("total_revenue")
                    .decimalValue();

            assertThat(months).isEqualByComparingTo(years).isEqualByComparingTo(weeks).isEqualByComparingTo(kpi)
                    .isEqualByComparingTo(perCustomer).isEqualByComparingTo(perKam.add(unassigned));
            if (token.equals(kamToken)) {
                assertThat(months).isEqualByComparingTo("1244.67");
            }
        }
    }

    @Test
    void customerWise_pagedOnRequest_withEnvelopeAndTotalCount() {
        Response bare = api.get("/api/dashboard/customer-wise-revenue/", root);
        Response paged = api.get("/api/dashboard/customer-wise-revenue/?page=1&pageSize=1", root);

        assertThat(bare.json().isArray()).isTrue();
        assertThat(paged.status()).as(paged.body()).isEqualTo(200);
        assertThat(paged.json().get("count").asLong()).isEqualTo(bare.json().size());
        assertThat(paged.json().get("results")).hasSizeLessThanOrEqualTo(1);
        assertThat(paged.header("X-Total-Count")).isEqualTo(String.valueOf(bare.json().size()));
    }

    @Test
    void badRanges_areRefusedWith400_detailAndCode() {
        List<String> refused = new ArrayList<>();
        Map<String, String> cases = Map.of(
                "?from=2026-13-01", "from",
                "?to=yesterday", "to",
                "?from=2026-02-01&to=2026-01-31", "from",
                "?from=2000-01-01&to=2026-01-01", "to",
                "?kam=abc", "kam");
        for (String path : List.of("kpis/", "weekly-revenue/", "monthly-revenue/", "yearly-revenue/",
                "customer-wise-revenue/", "kam-performance/")) {
            cases.forEach((query, field) -> {
                Response response = api.get("/api/dashboard/" + path + query, root);
                if (response.status() != 400 || !response.json().has("detail")
                        || !"invalid".equals(response.json().get("code").asString()) || !response.json().has(field)) {
                    refused.add(path + query + " -> " + response.status() + " " + response.body());
                }
            });
        }

        assertThat(refused).isEmpty();
    }

    private static JsonNode months(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static BigDecimal sum(JsonNode rows, String field) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode row : rows) {
            total = total.add(row.get(field).decimalValue());
        }
        return total;
    }

    private void bill(long customer, String billingDate, String price, String received, String status) {
        Response response = api.post("/api/bills/", Map.of("customer", customer, "billing_date", billingDate,
                "iig_qt", "1", "iig_qt_price", price, "total_received", received, "status", status), root);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private long customer(String token, String name) {
        Response response = api.post("/api/customers/", Map.of("name", name, "email",
                "d" + System.nanoTime() + "@dashboard.test", "phone", "01712 345678", "joined_on", "2010-01-01"),
                token);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private String kam(String prefix) {
        String username = prefix + System.nanoTime();
        api.post("/api/users/", Map.of("email", username + "@kamdesk.test", "username", username, "password",
                PASSWORD, "role", "sales_person"), root);
        return api.logIn(username + "@kamdesk.test", PASSWORD).access();
    }
}
