package io.kamdesk.bootstrap.activity;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The activity log over HTTP: what is recorded, in which shape, and who may read it. */
@FullStackTest
class ActivityLogIT {

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
    void customerChanges_areRecordedWithTheirDiff_whoAndWhence_andShowInItsHistory() {
        String email = "hist" + System.nanoTime() + "@activity.test";
        long id = api.post("/api/customers/", Map.of("name", "History Co", "email", email, "phone", "01711000001",
                "monthly_revenue", "5000.00"), root).json().get("id").asLong();
        Response updated = api.patch("/api/customers/" + id + "/", Map.of("monthly_revenue", "6250.50",
                "name", "History Company"), root);
        assertThat(updated.status()).isEqualTo(200);

        Response history = api.get("/api/customers/" + id + "/history/", root);

        assertThat(history.status()).as(history.body()).isEqualTo(200);
        List<JsonNode> entries = list(history.json());
        assertThat(entries).extracting(entry -> entry.get("action").asString())
                .containsExactly("update_customer", "create_customer");
        JsonNode update = entries.getFirst();
        assertThat(update.get("details").get("changes").get("monthly_revenue").toString())
                .isEqualTo("[\"5000.00\",\"6250.50\"]");
        assertThat(update.get("details").get("changes").get("name").toString())
                .isEqualTo("[\"History Co\",\"History Company\"]");
        assertThat(update.get("details").get("changes").has("updated_at")).isFalse();
        assertThat(update.get("details").get("method").asString()).isEqualTo("PATCH");
        assertThat(update.get("details").get("path").asString()).isEqualTo("/api/customers/" + id + "/");
        assertThat(update.get("username").asString()).isNotBlank();
        assertThat(update.get("user_id").asLong()).isPositive();
        assertThat(update.get("ip_address").asString()).isEqualTo("127.0.0.1");
        assertThat(update.get("request_id").asString()).isEqualTo(updated.header("X-Request-Id"));
        assertThat(update.get("resource").asString()).isEqualTo("customer");
        assertThat(update.get("resource_id").asLong()).isEqualTo(id);
        assertThat(entries.getLast().get("details").get("record").get("email").asString()).isEqualTo(email);
        assertThat(entries.getLast().get("details").get("record").get("monthly_revenue").asString())
                .isEqualTo("5000.00");

        assertThat(api.delete("/api/customers/" + id + "/", root).status()).isEqualTo(204);
        JsonNode deleted = list(api.get("/api/activity-logs/?resource=customer&resource_id=" + id
                + "&action=delete_customer", root).json()).getFirst();
        assertThat(deleted.get("details").get("record").get("name").asString()).isEqualTo("History Company");
    }

    @Test
    void logins_failures_logouts_passwordChangesAndRoleAssignments_areRecorded_withoutSecrets() {
        String username = "act" + System.nanoTime();
        String email = username + "@activity.test";
        long user = api.post("/api/users/", Map.of("email", email, "username", username, "password", PASSWORD,
                "role", "sales_person"), root).json().get("id").asLong();
        api.post("/api/auth/login/", Map.of("email", email, "password", "wrong-password"));
        ApiClient.Tokens tokens = api.logIn(email, PASSWORD);
        api.post("/api/users/change-password/", Map.of("old_password", PASSWORD, "new_password",
                "An0ther-Secret-Phrase-7"), tokens.access());
        api.post("/api/auth/assign-role/" + user + "/", Map.of("role", "viewer"), root);
        ApiClient.Tokens again = api.logIn(email, "An0ther-Secret-Phrase-7");
        api.post("/api/auth/logout/", Map.of("refresh", again.refresh()), again.access());

        List<JsonNode> failed = list(api.get("/api/activity-logs/?action=login_failed&search=" + username, root)
                .json());
        List<JsonNode> mine = list(api.get("/api/activity-logs/?user_id=" + user + "&ordering=id", root).json());
        JsonNode password = list(api.get("/api/activity-logs/?action=change_password&resource_id=" + user, root)
                .json()).getFirst();
        JsonNode role = list(api.get("/api/activity-logs/?action=assign_role&resource_id=" + user, root).json())
                .getFirst();

        assertThat(failed).hasSize(1);
        assertThat(failed.getFirst().get("username").asString()).isEqualTo(email);
        assertThat(mine).extracting(entry -> entry.get("action").asString())
                .containsSubsequence("login", "change_password", "login", "logout");
        assertThat(password.get("details").toString()).doesNotContain("hash").doesNotContain("Phrase")
                .doesNotContain("argon");
        assertThat(role.get("details").get("changes").get("role").toString())
                .isEqualTo("[\"sales_person\",\"viewer\"]");
        assertThat(api.get("/api/activity-logs/?search=argon2", root).json().size()).isZero();
    }

    @Test
    void anImport_recordsItselfAndEveryRecordItCreatedOrChanged_andARolledBackImportLeavesNoRecordEntry() {
        String tag = "imp" + System.nanoTime();
        byte[] good = ("name,email,phone\nOne " + tag + ",one." + tag + "@activity.test,01711000001\nTwo " + tag
                + ",two." + tag + "@activity.test,01711000002\n").getBytes(StandardCharsets.UTF_8);
        byte[] changed = ("name,email,phone\nOne " + tag + ",one." + tag + "@activity.test,01711000009\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] atomic = ("name,email,phone\nThree " + tag + ",three." + tag + "@activity.test,01711000003\nBad,"
                + "bad,01711000004\n").getBytes(StandardCharsets.UTF_8);

        long job = jobOf(api.upload("/api/customers/import/", "good.csv", good, root));
        long again = jobOf(api.upload("/api/customers/import/", "changed.csv", changed, root));
        long rolledBack = jobOf(api.upload("/api/customers/import/?mode=atomic", "atomic.csv", atomic, root));

        JsonNode imported = list(api.get("/api/activity-logs/?action=import_customers&resource_id=" + job, root)
                .json()).getFirst();
        assertThat(imported.get("details").get("file_name").asString()).isEqualTo("good.csv");
        assertThat(imported.get("details").get("customers_created").asLong()).isEqualTo(2);
        assertThat(imported.get("details").get("mode").asString()).isEqualTo("default");
        JsonNode customers = api.get("/api/customers/?search=" + tag + "&ordering=name", root).json();
        assertThat(customers.size()).as(customers.toString()).isEqualTo(2);
        List<JsonNode> first = list(api.get("/api/customers/" + customers.get(0).get("id").asLong() + "/history/",
                root).json());
        assertThat(first).extracting(entry -> entry.get("action").asString())
                .containsExactly("update_customer", "create_customer");
        assertThat(first.getLast().get("details").get("import_job_id").asLong())
                .as("a created record refers to its import").isEqualTo(job);
        assertThat(first.getLast().get("details").has("record")).isFalse();
        assertThat(first.getFirst().get("details").get("import_job_id").asLong()).isEqualTo(again);
        assertThat(first.getFirst().get("details").get("changes").get("phone").toString())
                .isEqualTo("[\"01711000001\",\"01711000009\"]");
        JsonNode atomicImport = list(api.get("/api/activity-logs/?action=import_customers&resource_id="
                + rolledBack, root).json()).getFirst();
        assertThat(atomicImport.get("details").get("failed").asLong()).isEqualTo(1);
        assertThat(dsl.fetchValue("select count(*) from activity_log where details ->> 'import_job_id' = ?",
                Long.toString(rolledBack))).as("the rolled-back rows left no entry").isEqualTo(0L);
    }

    @Test
    void bills_prospectsAndTheirConversion_rolesAndTheirPermissions_areRecorded() {
        long customer = api.post("/api/customers/", Map.of("name", "Billed", "email", "billed" + System.nanoTime()
                + "@activity.test", "phone", "01711000012"), root).json().get("id").asLong();
        long bill = api.post("/api/bills/", Map.of("customer", customer, "billing_date", "2025-11-30", "iig_qt",
                "10.00", "iig_qt_price", "100.00", "total_received", "0.00", "status", "Active"), root).json()
                .get("id").asLong();
        Response paid = api.patch("/api/bills/" + bill + "/", Map.of("total_received", "500.00"), root);
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        long prospect = api.post("/api/customers/prospects/", Map.of("name", "Lead", "email", "lead"
                + System.nanoTime() + "@activity.test", "phone", "01711000013"), root).json().get("id").asLong();
        api.post("/api/customers/prospects/" + prospect + "/convert/", Map.of(), root);
        long role = api.post("/api/auth/roles/", Map.of("name", "clerk_" + System.nanoTime(), "description", "Bills",
                "permissions", List.of("bills:read", "bills:create"), "data_scope", "own"), root).json().get("id")
                .asLong();
        api.patch("/api/auth/roles/" + role + "/", Map.of("permissions", List.of("bills:read")), root);

        JsonNode billUpdate = list(api.get("/api/bills/" + bill + "/history/", root).json()).getFirst();
        List<String> prospectActions = list(api.get("/api/customers/prospects/" + prospect + "/history/", root)
                .json()).stream().map(entry -> entry.get("action").asString()).toList();
        List<JsonNode> roleEntries = list(api.get("/api/activity-logs/?resource=role&resource_id=" + role
                + "&ordering=id", root).json());

        assertThat(billUpdate.get("action").asString()).isEqualTo("update_bill");
        assertThat(billUpdate.get("details").get("changes").has("total_received")).as(billUpdate.toString()).isTrue();
        assertThat(billUpdate.get("details").get("changes").get("total_received").toString())
                .isEqualTo("[\"0.00\",\"500.00\"]");
        assertThat(prospectActions).contains("convert_prospect", "create_prospect");
        assertThat(roleEntries).extracting(entry -> entry.get("action").asString())
                .containsSubsequence("create_role", "update_role_permissions", "update_role_permissions");
        assertThat(roleEntries.get(1).get("details").get("added").toString())
                .isEqualTo("[\"bills:create\",\"bills:read\"]");
        assertThat(roleEntries).filteredOn(entry -> entry.get("details").has("removed"))
                .anySatisfy(entry -> assertThat(entry.get("details").get("removed").toString()).contains("bills:create"));
    }

    @Test
    void aThrottledLogin_andAnEndedSession_areRecorded() {
        String username = "thr" + System.nanoTime();
        String email = username + "@activity.test";
        api.post("/api/users/", Map.of("email", email, "username", username, "password", PASSWORD, "role",
                "sales_person"), root);
        ApiClient.Tokens first = api.logIn(email, PASSWORD);
        ApiClient.Tokens second = api.logIn(email, PASSWORD);
        String session = api.get("/api/auth/sessions/?ordering=created_at", second.access()).json().get(0).get("id")
                .asString();
        api.delete("/api/auth/sessions/" + session + "/", second.access());
        for (int attempt = 0; attempt < 6; attempt++) {
            api.post("/api/auth/login/", Map.of("email", email, "password", "wrong-password"));
        }

        assertThat(api.get("/api/activity-logs/?action=login_throttled&search=" + username, root).json().size())
                .isPositive();
        assertThat(api.get("/api/activity-logs/?action=revoke_session&search=" + session, root).json().size())
                .isEqualTo(1);
        assertThat(first.access()).isNotBlank();
    }

    @Test
    void anExport_isRecordedWithItsFiltersAndRows() {
        api.download("/api/customers/export/?status=Active&format=csv", root);

        JsonNode export = list(api.get("/api/activity-logs/?action=export_customers", root).json()).getFirst();

        assertThat(export.get("details").get("query").asString()).contains("status=Active");
        assertThat(export.get("details").has("rows")).isTrue();
        assertThat(export.get("details").get("path").asString()).isEqualTo("/api/customers/export/");
    }

    @Test
    void usersRolesBillsAndProspects_areRecordedThroughTheirWholeLife() {
        String username = "life" + System.nanoTime();
        long user = api.post("/api/users/", Map.of("email", username + "@activity.test", "username", username,
                "password", PASSWORD, "role", "viewer"), root).json().get("id").asLong();
        api.patch("/api/users/" + user + "/", Map.of("first_name", "Renamed"), root);
        assertThat(api.delete("/api/users/" + user + "/", root).status()).isEqualTo(204);
        long role = api.post("/api/auth/roles/", Map.of("name", "life_" + System.nanoTime(), "description", "Before",
                "permissions", List.of("bills:read"), "data_scope", "own"), root).json().get("id").asLong();
        api.patch("/api/auth/roles/" + role + "/", Map.of("description", "After"), root);
        assertThat(api.delete("/api/auth/roles/" + role + "/", root).status()).isEqualTo(204);
        long prospect = api.post("/api/customers/prospects/", Map.of("name", "Life Lead", "email", "lifelead"
                + System.nanoTime() + "@activity.test", "phone", "01711000014"), root).json().get("id").asLong();
        api.patch("/api/customers/prospects/" + prospect + "/", Map.of("status", "contacted"), root);
        assertThat(api.delete("/api/customers/prospects/" + prospect + "/", root).status()).isEqualTo(204);
        long customer = api.post("/api/customers/", Map.of("name", "Life Co", "email", "lifeco" + System.nanoTime()
                + "@activity.test", "phone", "01711000015"), root).json().get("id").asLong();
        long bill = api.post("/api/bills/", Map.of("customer", customer, "billing_date", "2025-10-31", "iig_qt",
                "2.50", "iig_qt_price", "400.00", "status", "Active"), root).json().get("id").asLong();
        assertThat(api.delete("/api/bills/" + bill + "/", root).status()).isEqualTo(204);

        assertThat(actions("user", user)).containsExactly("create_user", "update_user", "delete_user");
        assertThat(actions("role", role)).containsSubsequence("create_role", "update_role", "delete_role");
        assertThat(actions("prospect", prospect)).containsExactly("create_prospect", "update_prospect",
                "delete_prospect");
        assertThat(actions("bill", bill)).containsExactly("create_bill", "delete_bill");
        JsonNode createdUser = entry("user", user, "create_user");
        assertThat(createdUser.get("details").get("record").get("username").asString()).isEqualTo(username);
        assertThat(createdUser.get("details").get("record").has("password_hash")).isFalse();
        assertThat(entry("user", user, "update_user").get("details").get("changes").get("first_name").get(1)
                .asString()).isEqualTo("Renamed");
        assertThat(entry("role", role, "update_role").get("details").get("changes").get("description").toString())
                .isEqualTo("[\"Before\",\"After\"]");
        assertThat(entry("prospect", prospect, "update_prospect").get("details").get("changes").get("status")
                .toString()).isEqualTo("[\"new\",\"contacted\"]");
        JsonNode deletedBill = entry("bill", bill, "delete_bill").get("details").get("record");
        assertThat(deletedBill.get("iig_qt_price").asString()).isEqualTo("400.00");
        assertThat(deletedBill.get("iig_qt").asString()).as("a quantity as the API writes it").isEqualTo("2.50");
        assertThat(deletedBill.get("billing_date").asString()).isEqualTo("2025-10-31");
        assertThat(deletedBill.get("customer_id").asLong()).isEqualTo(customer);
    }

    @Test
    void aBillImport_andABillExport_areRecorded() {
        String tag = "bimp" + System.nanoTime();
        byte[] bills = ("customer_email,customer_name,customer_phone,billing_date,iig_qt,iig_qt_price\n" + tag
                + "@activity.test,Bill " + tag + ",01711000016,2025-09-30,1,100.00\n").getBytes(StandardCharsets.UTF_8);

        long job = jobOf(api.upload("/api/bills/import/", "bills.csv", bills, root));
        api.download("/api/bills/export/?search=" + tag + "&format=excel", root);

        JsonNode imported = list(api.get("/api/activity-logs/?action=import_bills&resource_id=" + job, root).json())
                .getFirst();
        assertThat(imported.get("details").get("bills_created").asLong()).isEqualTo(1);
        assertThat(imported.get("details").get("customers_created").asLong()).isEqualTo(1);
        assertThat(dsl.fetchValue("select string_agg(action, ',' order by action) from activity_log"
                + " where details ->> 'import_job_id' = ?", Long.toString(job))).isEqualTo("create_bill,create_customer");
        JsonNode exported = list(api.get("/api/activity-logs/?action=export_bills&search=" + tag, root).json())
                .getFirst();
        assertThat(exported.get("details").get("rows").asLong()).isEqualTo(1);
        assertThat(exported.get("details").get("query").asString()).contains("format=excel");
    }

    @Test
    void theLog_exportsAsCsvAndXlsx_withTheListsFilters_andTheExportIsRecorded() {
        String tag = "exp" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            api.post("/api/customers/", Map.of("name", "Export " + tag, "email", i + tag + "@activity.test", "phone",
                    "0171100002" + i), root);
        }

        var csv = api.download("/api/activity-logs/export/?action=create_customer&search=" + tag + "&ordering=id",
                root);
        var xlsx = api.download("/api/activity-logs/export/?search=" + tag + "&format=xlsx", root);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("activity_log.csv");
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).contains("id,created_at,user_id,username,action,resource,resource_id,details");
        assertThat(lines.get(1)).contains("create_customer").contains("0" + tag + "@activity.test");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        JsonNode recorded = list(api.get("/api/activity-logs/?action=export_activity_logs&ordering=id&search=" + tag,
                root).json()).getFirst();
        assertThat(recorded.get("details").get("rows").asLong()).isEqualTo(3);
        assertThat(recorded.get("details").get("path").asString()).isEqualTo("/api/activity-logs/export/");
        assertThat(api.download("/api/activity-logs/export/?format=pdf", root).statusCode()).isEqualTo(400);
        assertThat(api.download("/api/activity-logs/export/", kam("kamexp")).statusCode()).isEqualTo(403);
    }

    @Test
    void filtersPagingStatsAndOneEntry() {
        String tag = "stat" + System.nanoTime();
        api.post("/api/customers/", Map.of("name", "Stats " + tag, "email", tag + "@activity.test", "phone",
                "01711000009"), root);
        String today = LocalDate.now(ZoneId.of("Asia/Dhaka")).toString();

        Response page = api.get("/api/activity-logs/?page=1&pageSize=2&start_date=" + today + "&end_date=" + today,
                root);
        Response stats = api.get("/api/activity-logs/stats/summary/?start_date=" + today + "&end_date=" + today, root);
        JsonNode first = page.json().get("results").get(0);
        Response one = api.get("/api/activity-logs/" + first.get("id").asLong() + "/", root);
        Response user = api.get("/api/activity-logs/user/" + first.get("user_id").asLong() + "/summary/?days=7",
                root);

        assertThat(page.json().get("results").size()).isEqualTo(2);
        assertThat(page.json().get("count").asLong()).isGreaterThan(2);
        assertThat(stats.json().get("total").asLong()).isEqualTo(page.json().get("count").asLong());
        assertThat(stats.json().get("by_action").toString()).contains("create_customer");
        assertThat(stats.json().get("by_day").get(0).get("day").asString()).isEqualTo(today);
        assertThat(one.json().get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(user.json().get("total").asLong()).isPositive();
        assertThat(api.get("/api/activity-logs/?action=dance", root).status()).isEqualTo(400);
        assertThat(api.get("/api/activity-logs/?start_date=" + today + "&end_date=2000-01-01", root).status())
                .isEqualTo(400);
    }

    @Test
    void readingNeedsLogsRead_cleaningLogsDelete_andHistoryFollowsTheRecordsScope() {
        String kam = kam("kamlog");
        String admin = user("adminlog", "admin");
        long foreign = api.post("/api/customers/", Map.of("name", "Not Yours", "email", "nf" + System.nanoTime()
                + "@activity.test", "phone", "01711000010"), root).json().get("id").asLong();

        assertThat(api.get("/api/activity-logs/", kam).status()).isEqualTo(403);
        assertThat(api.get("/api/customers/" + foreign + "/history/", kam).status()).isEqualTo(404);
        assertThat(api.get("/api/activity-logs/?page=1&page_size=1", admin).status()).isEqualTo(200);
        assertThat(api.post("/api/activity-logs/clean/", Map.of("daysToKeep", 90), admin).status()).isEqualTo(403);
        Response cleaned = api.post("/api/activity-logs/clean/", Map.of("daysToKeep", 90), root);
        assertThat(cleaned.status()).as(cleaned.body()).isEqualTo(200);
        assertThat(cleaned.json().get("days_to_keep").asInt()).isEqualTo(90);
        assertThat(api.get("/api/activity-logs/?action=clean_activity_logs", root).json().size()).isPositive();
        Response refused = api.post("/api/activity-logs/clean/", Map.of("daysToKeep", 0), root);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().has("days_to_keep")).as(refused.body()).isTrue();
        assertThat(api.get("/api/auth/menu/", admin).body()).contains("activity-logs");
        assertThat(api.get("/api/auth/menu/", kam).body()).doesNotContain("activity-logs");
    }

    @Test
    void entries_cannotBeChangedNorRemoved_throughSql() {
        api.post("/api/customers/", Map.of("name", "Sql", "email", "sql" + System.nanoTime() + "@activity.test",
                "phone", "01711000011"), root);

        assertThatThrownBy(() -> dsl.execute("update activity_log set username = 'someone else'")).rootCause()
                .hasMessageContaining("activity_log is append-only");
        assertThatThrownBy(() -> dsl.execute("delete from activity_log")).rootCause()
                .hasMessageContaining("activity_log is append-only");
        assertThatThrownBy(() -> dsl.execute("truncate activity_log")).rootCause()
                .hasMessageContaining("activity_log is append-only");
    }

    private static long jobOf(Response report) {
        return Long.parseLong(report.header("Content-Location").replaceAll("\\D", ""));
    }

    private List<String> actions(String resource, long id) {
        return list(api.get("/api/activity-logs/?resource=" + resource + "&resource_id=" + id + "&ordering=id", root)
                .json()).stream().map(entry -> entry.get("action").asString()).toList();
    }

    private JsonNode entry(String resource, long id, String action) {
        return list(api.get("/api/activity-logs/?resource=" + resource + "&resource_id=" + id + "&action=" + action,
                root).json()).getFirst();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private String kam(String prefix) {
        return user(prefix, "sales_person");
    }

    private String user(String prefix, String role) {
        String username = prefix + System.nanoTime();
        Response created = api.post("/api/users/", Map.of("email", username + "@activity.test", "username", username,
                "password", PASSWORD, "role", role), root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return api.logIn(username + "@activity.test", PASSWORD).access();
    }
}
