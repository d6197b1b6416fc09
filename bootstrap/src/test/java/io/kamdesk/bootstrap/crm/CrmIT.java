package io.kamdesk.bootstrap.crm;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Prospects and customers over HTTP, with a sales_person's scope on every endpoint. */
@FullStackTest
class CrmIT {

    private static final String PASSWORD = "Sturdy-Passphrase-42";

    @LocalServerPort
    int port;

    ApiClient api;
    String root;
    Kam alice;
    Kam bob;

    record Kam(long id, String email, String token) {
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
        alice = kam("alice");
        bob = kam("bob");
    }

    @Test
    void prospect_createdByAKam_isTheirsAndNew_withMoneyAsTwoDecimalString() {
        Response created = api.post("/api/customers/prospects/", prospect("Acme Prospect", "p@acme.com"),
                alice.token());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("new");
        assertThat(created.json().get("sales_person").asLong()).isEqualTo(alice.id());
        assertThat(created.json().get("potential_revenue").asString()).isEqualTo("1000.00");
        assertThat(created.json().get("follow_up_date").asString()).isEqualTo(tomorrow());
        assertThat(created.json().get("created_at").asString()).endsWith("Z");
    }

    @Test
    void prospects_ofAnotherKam_areInvisibleOnEveryEndpoint() {
        long id = api.post("/api/customers/prospects/", prospect("Hidden", null), alice.token()).json()
                .get("id").asLong();
        String path = "/api/customers/prospects/" + id + "/";

        assertThat(api.get(path, bob.token()).status()).isEqualTo(404);
        assertThat(api.patch(path, Map.of("name", "Taken"), bob.token()).status()).isEqualTo(404);
        assertThat(api.put(path, Map.of("name", "Taken"), bob.token()).status()).isEqualTo(404);
        assertThat(api.delete(path, bob.token()).status()).as("sales_person may not delete").isEqualTo(403);
        assertThat(api.delete(path, ownScopeDeleter().token()).status()).isEqualTo(404);
        assertThat(api.post(path + "convert/", Map.of(), bob.token()).status()).isEqualTo(404);
        assertThat(ids(api.get("/api/customers/prospects/", bob.token()))).doesNotContain(id);
        assertThat(ids(api.get("/api/customers/prospects/", alice.token()))).contains(id);
        assertThat(ids(api.get("/api/customers/prospects/", root))).contains(id);
    }

    @Test
    void kam_cannotGiveAProspectToSomeoneElse_butAnAdminCan() {
        Map<String, Object> body = new HashMap<>(prospect("Gift", null));
        body.put("sales_person", bob.id());

        Response byKam = api.post("/api/customers/prospects/", body, alice.token());
        Response byAdmin = api.post("/api/customers/prospects/", body, root);

        assertThat(byKam.status()).isEqualTo(403);
        assertThat(byKam.json().get("code").asString()).isEqualTo("not_yours");
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(byAdmin.json().get("sales_person").asLong()).isEqualTo(bob.id());
    }

    @Test
    void statusChanges_areKeptAsHistory() {
        long id = api.post("/api/customers/prospects/", prospect("Funnel", null), alice.token()).json()
                .get("id").asLong();
        String path = "/api/customers/prospects/" + id + "/";

        api.patch(path, Map.of("status", "contacted"), alice.token());
        Response detail = api.patch(path, Map.of("status", "lost"), alice.token());

        var history = detail.json().get("status_history");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("from_status").asString()).isEqualTo("new");
        assertThat(history.get(0).get("to_status").asString()).isEqualTo("contacted");
        assertThat(history.get(1).get("to_status").asString()).isEqualTo("lost");
        assertThat(history.get(1).get("changed_by").asLong()).isEqualTo(alice.id());
        assertThat(api.get("/api/customers/prospects/", alice.token()).json().get(0).has("status_history")).isFalse();
    }

    @Test
    void prospectList_filtersSearchesOrdersAndRefusesUnknownValues() {
        String marker = "m" + System.nanoTime();
        api.post("/api/customers/prospects/", Map.of("name", marker + " B", "source", "Website"), alice.token());
        api.post("/api/customers/prospects/", Map.of("name", marker + " A", "source", "referral"), alice.token());

        Response bySource = api.get("/api/customers/prospects/?source=website&search=" + marker, alice.token());
        Response ordered = api.get("/api/customers/prospects/?ordering=name&search=" + marker, alice.token());
        Response badStatus = api.get("/api/customers/prospects/?status=won", alice.token());
        Response badOrdering = api.get("/api/customers/prospects/?ordering=email", alice.token());

        assertThat(bySource.json().size()).isEqualTo(1);
        assertThat(ordered.json().get(0).get("name").asString()).isEqualTo(marker + " A");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get("status").get(0).asString()).contains("new", "contacted", "qualified", "lost");
        assertThat(badOrdering.status()).isEqualTo(400);
    }

    @Test
    void prospect_badInput_answersFieldErrors_andWritesNothing() {
        Map<String, Object> body = new HashMap<>();
        body.put("email", "not-an-email");
        body.put("phone", "12");
        body.put("potential_revenue", -5);
        body.put("follow_up_date", "2001-01-01");

        Response response = api.post("/api/customers/prospects/", body, alice.token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().propertyNames()).contains("name", "email", "phone", "potential_revenue");
    }

    @Test
    void prospect_followUpInThePast_isRefused() {
        Map<String, Object> body = Map.of("name", "Late", "follow_up_date", "2001-01-01");

        Response response = api.post("/api/customers/prospects/", body, alice.token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("follow_up_date").get(0).asString()).contains("past");
    }

    @Test
    void convert_createsTheCustomerWithTheOwnerAsKam_andLinksTheProspect() {
        String email = "conv" + System.nanoTime() + "@acme.com";
        long id = api.post("/api/customers/prospects/", prospect("Convertible", email), alice.token()).json()
                .get("id").asLong();

        Response converted = api.post("/api/customers/prospects/" + id + "/convert/", Map.of(), alice.token());
        Response again = api.post("/api/customers/prospects/" + id + "/convert/", Map.of(), alice.token());
        Response prospect = api.get("/api/customers/prospects/" + id + "/", alice.token());

        assertThat(converted.status()).isEqualTo(201);
        assertThat(converted.json().get("email").asString()).isEqualTo(email);
        assertThat(converted.json().get("assigned_sales_person").asLong()).isEqualTo(alice.id());
        assertThat(converted.json().get("potential_revenue").asString()).isEqualTo("1000.00");
        assertThat(again.status()).isEqualTo(409);
        assertThat(prospect.json().get("status").asString()).isEqualTo("qualified");
        assertThat(prospect.json().get("customer").asLong()).isEqualTo(converted.json().get("id").asLong());
    }

    @Test
    void customer_createdByAKam_hasTheDocumentsShape() {
        String email = "c" + System.nanoTime() + "@acme.com";

        Response created = api.post("/api/customers/", customer("Acme Inc", email), alice.token());

        assertThat(created.status()).isEqualTo(201);
        var json = created.json();
        assertThat(json.get("monthly_revenue").asString()).isEqualTo("5000.00");
        assertThat(json.get("calculated_monthly_revenue").isNumber()).isTrue();
        assertThat(json.get("calculated_monthly_revenue").decimalValue()).isZero();
        assertThat(json.get("status").asString()).isEqualTo("Active");
        assertThat(json.get("assigned_sales_person_details").get("id").asLong()).isEqualTo(alice.id());
        assertThat(json.get("assigned_sales_person_details").get("email").asString()).isEqualTo(alice.email());
        assertThat(json.get("customer_number").asString()).isEqualTo("KTL-ACMEINCX-" + json.get("id").asLong());
        assertThat(json.get("joined_on").asString()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Dhaka")).toString());
    }

    @Test
    void customer_emailIsUniqueInAnyCase_andLinkIdWhenSet() {
        String email = "u" + System.nanoTime() + "@acme.com";
        Map<String, Object> first = new HashMap<>(customer("First", email));
        first.put("link_id", "LNK-" + email);
        api.post("/api/customers/", first, root);
        Map<String, Object> second = new HashMap<>(customer("Second", email.toUpperCase()));
        second.put("link_id", "LNK-" + email);

        Response duplicate = api.post("/api/customers/", second, root);

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("email").get(0).asString()).contains("already exists");
        assertThat(duplicate.json().get("link_id").get(0).asString()).contains("already exists");
    }

    @Test
    void kam_cannotAssignACustomerToSomeoneElse_adminMustNameAnActiveUser() {
        Map<String, Object> toBob = new HashMap<>(customer("Elsewhere", "e" + System.nanoTime() + "@acme.com"));
        toBob.put("assigned_sales_person", bob.id());
        Map<String, Object> toNobody = new HashMap<>(customer("Nobody", "n" + System.nanoTime() + "@acme.com"));
        toNobody.put("assigned_sales_person", 99_999_999);

        Response byKam = api.post("/api/customers/", toBob, alice.token());
        Response unknownKam = api.post("/api/customers/", toNobody, root);

        assertThat(byKam.status()).isEqualTo(403);
        assertThat(unknownKam.status()).isEqualTo(400);
        assertThat(unknownKam.json().has("assigned_sales_person")).isTrue();
    }

    @Test
    void customers_ofAnotherKam_areInvisibleOnEveryEndpoint() {
        long id = api.post("/api/customers/", customer("Private", "pr" + System.nanoTime() + "@acme.com"),
                alice.token()).json().get("id").asLong();
        String path = "/api/customers/" + id + "/";

        assertThat(api.get(path, bob.token()).status()).isEqualTo(404);
        assertThat(api.patch(path, Map.of("name", "Mine"), bob.token()).status()).isEqualTo(404);
        assertThat(api.delete(path, bob.token()).status()).as("sales_person may not delete").isEqualTo(403);
        assertThat(api.delete(path, ownScopeDeleter().token()).status()).isEqualTo(404);
        assertThat(ids(api.get("/api/customers/", bob.token()))).doesNotContain(id);
        assertThat(ids(api.get("/api/customers/?assigned_sales_person=" + alice.id(), root))).contains(id);
    }

    @Test
    void leavingActive_setsLeftOn_andReturningClearsIt() {
        String path = "/api/customers/" + api.post("/api/customers/",
                customer("Churner", "ch" + System.nanoTime() + "@acme.com"), alice.token()).json().get("id").asLong()
                + "/";

        Response lost = api.patch(path, Map.of("status", "Lost"), alice.token());
        Response back = api.patch(path, Map.of("status", "active"), alice.token());

        assertThat(lost.json().get("status").asString()).isEqualTo("Lost");
        assertThat(lost.json().get("left_on").asString()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Dhaka")).toString());
        assertThat(back.json().get("status").asString()).isEqualTo("Active");
        assertThat(back.json().get("left_on").isNull()).isTrue();
    }

    @Test
    void absurdAmounts_areRefusedWith400() {
        for (Object amount : new Object[] {"abc", "1e999999", "12345678901234567890", -1, "NaN", "1.234"}) {
            Map<String, Object> body = new HashMap<>(customer("Odd", "o" + System.nanoTime() + "@acme.com"));
            body.put("monthly_revenue", amount);

            Response response = api.post("/api/customers/", body, root);

            assertThat(response.status()).as("amount %s", amount).isEqualTo(400);
            assertThat(response.json().has("monthly_revenue")).as("amount %s", amount).isTrue();
        }
    }

    @Test
    void readOnlyFields_inABody_areIgnored() {
        Map<String, Object> body = new HashMap<>(customer("Sneaky", "s" + System.nanoTime() + "@acme.com"));
        body.put("id", 123_456);
        body.put("customer_number", "KTL-FAKE-1");
        body.put("calculated_monthly_revenue", 99);
        body.put("left_on", "2020-01-01");

        Response created = api.post("/api/customers/", body, root);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asLong()).isNotEqualTo(123_456L);
        assertThat(created.json().get("customer_number").asString()).doesNotContain("FAKE");
        assertThat(created.json().get("left_on").isNull()).isTrue();
    }

    @Test
    void customerWithoutBills_canBeDeleted() {
        String path = "/api/customers/" + api.post("/api/customers/",
                customer("Brief", "b" + System.nanoTime() + "@acme.com"), alice.token()).json().get("id").asLong()
                + "/";

        assertThat(api.delete(path, root).status()).isEqualTo(204);
        assertThat(api.get(path, root).status()).isEqualTo(404);
    }

    @Test
    void deletingAKam_leavesTheirCustomersUnassigned() {
        Kam leaving = kam("leaving");
        String path = "/api/customers/" + api.post("/api/customers/",
                customer("Orphan", "or" + System.nanoTime() + "@acme.com"), leaving.token()).json().get("id").asLong()
                + "/";

        assertThat(api.delete("/api/users/" + leaving.id() + "/", root).status()).isEqualTo(204);

        Response orphan = api.get(path, root);
        assertThat(orphan.status()).isEqualTo(200);
        assertThat(orphan.json().get("assigned_sales_person").isNull()).isTrue();
        assertThat(orphan.json().get("assigned_sales_person_details").isNull()).isTrue();
    }

    /** A KAM whose custom role may also delete, still only their own records. */
    private Kam ownScopeDeleter() {
        String role = "kam_deleter_" + System.nanoTime();
        Response created = api.post("/api/auth/roles/", Map.of("name", role, "data_scope", "own", "permissions",
                java.util.List.of("customers:read", "customers:delete", "prospects:read", "prospects:delete")), root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return kam("deleter", role);
    }

    private Kam kam(String prefix) {
        return kam(prefix, "sales_person");
    }

    private Kam kam(String prefix, String role) {
        String username = prefix + System.nanoTime();
        String email = username + "@kamdesk.test";
        Response created = api.post("/api/users/", Map.of("email", email, "username", username, "password", PASSWORD,
                "role", role), root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Kam(created.json().get("id").asLong(), email, api.logIn(email, PASSWORD).access());
    }

    private static Map<String, Object> prospect(String name, String email) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "company_name", "Acme", "phone",
                "+1 555 111 2222", "potential_revenue", 1000.00, "contact_person", "Jane Smith", "source", "website",
                "follow_up_date", tomorrow(), "notes", "Interested in premium package"));
        if (email != null) {
            body.put("email", email);
        }
        return body;
    }

    private static Map<String, Object> customer(String name, String email) {
        return Map.of("name", name, "company_name", "Acme", "email", email, "phone", "+1 555 333 4444",
                "address", "123 Main St", "monthly_revenue", "5000.00", "potential_revenue", "10000.00");
    }

    private static String tomorrow() {
        return LocalDate.now(ZoneId.of("Asia/Dhaka")).plusDays(1).toString();
    }

    private static java.util.List<Long> ids(Response list) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        list.json().forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
