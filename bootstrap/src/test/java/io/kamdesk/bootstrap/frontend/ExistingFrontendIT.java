package io.kamdesk.bootstrap.frontend;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.Eventually;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The request bodies of the React frontend of the system this one replaces, byte for byte as its
 * forms build them (Roles, Users, Prospects, Customers and DataEntry pages), and what its pages read
 * from the answers. DRF shapes where the API document is silent: ids for relations, "" as none,
 * {@code name} on what a screen shows.
 */
@FullStackTest
class ExistingFrontendIT {

    private static final String PASSWORD = "Sturdy-Passphrase-42";

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
    void rolesPage_permissionCheckboxes_readNameAndId() {
        Response response = api.get("/api/auth/permissions/", root);

        assertThat(response.status()).isEqualTo(200);
        JsonNode customersRead = byField(response.json(), "code", "customers:read");
        assertThat(customersRead.get("name").asString()).isEqualTo("Read customers");
        assertThat(customersRead.get("codename").asString()).isEqualTo("customers:read");
        assertThat(customersRead.get("id").isIntegralNumber()).isTrue();
        assertThat(byField(response.json(), "code", "prospects:convert").get("name").asString())
                .isEqualTo("Convert prospects");
    }

    @Test
    void rolesPage_nameSelect_offersRoleChoices() {
        Response response = api.get("/api/auth/role-choices/", root);

        assertThat(response.status()).isEqualTo(200);
        assertThat(values(response.json(), "value")).contains("sales_person", "accountant", "billing_manager");
        assertThat(byField(response.json(), "value", "sales_person").get("label").asString()).isEqualTo("Sales Person");
    }

    @Test
    void rolesPage_createThenEdit_withPermissionIds_grantsExactlyThosePermissions() {
        long billsRead = permissionId("bills:read");
        long customersRead = permissionId("customers:read");
        long dashboardRead = permissionId("dashboard:read");
        String name = "accountant_" + System.nanoTime();

        Response created = api.post("/api/auth/roles/", "{\"name\": \"" + name + "\", \"description\": \"Chases "
                + "collections\", \"permissions\": [" + billsRead + ", " + customersRead + "], \"is_active\": true}",
                root);
        long roleId = created.json().get("id").asLong();
        Response edited = api.put("/api/auth/roles/" + roleId + "/", "{\"name\": \"" + name + "\", \"description\": "
                + "\"Chases collections\", \"permissions\": [" + billsRead + ", " + dashboardRead + "], "
                + "\"is_active\": true}", root);

        assertThat(created.status()).isEqualTo(201);
        assertThat(ids(created.json().get("permissions"))).containsExactlyInAnyOrder(billsRead, customersRead);
        assertThat(values(created.json().get("permission_codes"))).containsExactly("bills:read", "customers:read");
        assertThat(created.json().get("is_active").asBoolean()).isTrue();
        assertThat(created.json().get("data_scope").asString()).as("the creator's own scope").isEqualTo("all");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(ids(edited.json().get("permissions"))).containsExactlyInAnyOrder(billsRead, dashboardRead);
        String holder = holderOf(roleId);
        assertThat(api.get("/api/bills/", holder).status()).isEqualTo(200);
        assertThat(api.get("/api/dashboard/kpis/", holder).status()).isEqualTo(200);
        assertThat(api.get("/api/customers/", holder).status()).as("taken away by the edit").isEqualTo(403);
    }

    @Test
    void rolesPage_editingItInactive_grantsNothingUntilActiveAgain() {
        String name = "dormant_" + System.nanoTime();
        long billsRead = permissionId("bills:read");
        long roleId = api.post("/api/auth/roles/", "{\"name\": \"" + name + "\", \"description\": \"x\", "
                + "\"permissions\": [" + billsRead + "], \"is_active\": true}", root).json().get("id").asLong();
        String holder = holderOf(roleId);
        String body = "{\"name\": \"" + name + "\", \"description\": \"x\", \"permissions\": [" + billsRead
                + "], \"is_active\": %s}";

        Response deactivated = api.put("/api/auth/roles/" + roleId + "/", body.formatted("false"), root);
        int whileInactive = eventuallyStatus(holder, 403);
        api.put("/api/auth/roles/" + roleId + "/", body.formatted("true"), root);
        int whenActive = eventuallyStatus(holder, 200);

        assertThat(deactivated.json().get("is_active").asBoolean()).isFalse();
        assertThat(whileInactive).isEqualTo(403);
        assertThat(whenActive).isEqualTo(200);
    }

    @Test
    void usersPage_createAndEdit_asTheFormSendsThem() {
        long salesPerson = roleIdNamed("sales_person");
        String username = "kam" + System.nanoTime();
        String body = """
                {"username": "%s", "email": "%s@example.com", "password": "%s", "first_name": "Karim",
                 "last_name": "Ahmed", "role": %d, "is_active": true}""".formatted(username, username, PASSWORD,
                salesPerson);

        Response created = api.post("/api/users/", body, root);
        long id = created.json().get("id").asLong();
        Response edited = api.put("/api/users/" + id + "/", body.replace(PASSWORD, "").replace("Karim", "Rahim"),
                root);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("role_name").asString()).isEqualTo("sales_person");
        assertThat(edited.status()).as("an empty password leaves it as it is").isEqualTo(200);
        assertThat(edited.json().get("first_name").asString()).isEqualTo("Rahim");
        assertThat(api.logIn(username + "@example.com", PASSWORD).access()).isNotBlank();
    }

    @Test
    void customersAndProspectsPages_kamPicker_listsAssignableUsers() {
        String kam = "picker" + System.nanoTime();
        api.post("/api/users/", Map.of("username", kam, "email", kam + "@example.com", "password", PASSWORD, "role",
                "sales_person", "first_name", "Karim"), root);

        Response forAdmin = api.get("/api/users/sales-users/", root);
        Response forKam = api.get("/api/users/sales-users/", api.logIn(kam + "@example.com", PASSWORD).access());

        assertThat(forAdmin.status()).isEqualTo(200);
        JsonNode picked = byField(forAdmin.json(), "username", kam);
        assertThat(picked.get("first_name").asString()).isEqualTo("Karim");
        assertThat(picked.get("role_name").asString()).isEqualTo("sales_person");
        assertThat(values(forKam.json(), "username")).as("a KAM may assign only to themselves").containsExactly(kam);
    }

    @Test
    void prospectsPage_newProspectWithEmptyChoices_isCreatedForItsCreator() {
        String body = """
                {"name": "Rahim Traders", "company_name": "", "email": "", "phone": "", "address": "",
                 "potential_revenue": 0, "contact_person": "", "source": "", "follow_up_date": "", "notes": "",
                 "status": "new", "sales_person": ""}""";

        Response created = api.post("/api/customers/prospects/", body, root);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("follow_up_date").isNull()).isTrue();
        assertThat(created.json().get("sales_person").asLong()).isEqualTo(userIdOf(root));
        assertThat(created.json().get("source").asString()).isEmpty();
    }

    @Test
    void prospectsPage_emptyNumberField_isZero() {
        String body = """
                {"name": "Karim Net", "potential_revenue": "", "follow_up_date": "", "sales_person": ""}""";

        Response created = api.post("/api/customers/prospects/", body, root);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("potential_revenue").asString()).isEqualTo("0.00");
    }

    @Test
    void customersAndBillsPages_createdAsTheFormsSendThem_showCompanyPhoneAddressAndKam() {
        String kam = "kam" + System.nanoTime();
        long kamId = api.post("/api/users/", Map.of("username", kam, "email", kam + "@example.com", "password",
                PASSWORD, "role", "sales_person"), root).json().get("id").asLong();
        String customerBody = """
                {"name": "Acme Inc", "company_name": "Acme Holdings", "email": "%s@acme.test",
                 "phone": "+880 1711-222333", "address": "House 7, Road 3, Gulshan", "assigned_sales_person": %d,
                 "status": "Active", "link_id": null}""".formatted(kam, kamId);
        Response customer = api.post("/api/customers/", customerBody, root);
        long customerId = customer.json().get("id").asLong();
        String billBody = """
                {"customer": %d, "type": "", "nttn_cap": "CAP-01", "nttn_com": "Summit", "active_date": null,
                 "billing_date": "%s", "termination_date": null, "iig_qt": 10, "iig_qt_price": 100,
                 "igt_qt_total": 1000, "fna": 1, "fna_price": 10, "fna_total": 10, "ggc": 2, "ggc_price": 20,
                 "ggc_total": 40, "cdn": 0, "cdn_price": 0, "cdn_total": 0, "bdix": 0, "bdix_price": 0,
                 "bdix_total": 0, "baishan": 0, "baishan_price": 0, "baishan_total": 0, "total_bill": 1050,
                 "total_received": 100, "total_due": 950, "discount": 0, "remarks": "Monthly bill",
                 "status": "Active"}""".formatted(customerId, LocalDate.now(ZoneId.of("Asia/Dhaka")).withDayOfMonth(1));

        Response bill = api.post("/api/bills/", billBody, root);
        JsonNode listed = api.get("/api/bills/?page=1&pageSize=10&search=CAP-01", root).json().get("results").get(0);

        assertThat(customer.status()).isEqualTo(201);
        assertThat(bill.status()).isEqualTo(201);
        assertThat(bill.json().get("total_bill").asString()).isEqualTo("1050.00");
        for (JsonNode shown : List.of(bill.json(), listed)) {
            JsonNode details = shown.get("customer_details");
            assertThat(details.get("company_name").asString()).isEqualTo("Acme Holdings");
            assertThat(details.get("phone").asString()).isEqualTo("+880 1711-222333");
            assertThat(details.get("address").asString()).isEqualTo("House 7, Road 3, Gulshan");
            assertThat(shown.get("kam").asString()).isEqualTo(kam);
        }
    }

    @Test
    void billsPage_customerWithoutKam_showsNoKam() {
        long customerId = api.post("/api/customers/", "{\"name\": \"Lone\", \"email\": \"lone" + System.nanoTime()
                + "@example.com\", \"phone\": \"+880 1711-000111\", \"assigned_sales_person\": null}", root).json()
                .get("id").asLong();

        Response bill = api.post("/api/bills/", Map.of("customer", customerId, "billing_date", "2025-11-30"), root);

        assertThat(bill.status()).isEqualTo(201);
        assertThat(bill.json().get("kam").isNull()).isTrue();
    }

    private long permissionId(String code) {
        return byField(api.get("/api/auth/permissions/", root).json(), "code", code).get("id").asLong();
    }

    private long roleIdNamed(String name) {
        return byField(api.get("/api/auth/roles/", root).json(), "name", name).get("id").asLong();
    }

    private long userIdOf(String token) {
        return api.get("/api/users/me/", token).json().get("id").asLong();
    }

    /** A new active user holding the role, logged in. */
    private String holderOf(long roleId) {
        String username = "holder" + System.nanoTime();
        Response created = api.post("/api/users/", Map.of("username", username, "email", username + "@example.com",
                "password", PASSWORD, "role", roleId), root);
        assertThat(created.status()).isEqualTo(201);
        return api.logIn(username + "@example.com", PASSWORD).access();
    }

    /** The status of the holder's bill list once the role change has reached the service's memory. */
    private int eventuallyStatus(String token, int wanted) {
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(api.get("/api/bills/", token).status())
                .isEqualTo(wanted));
        return api.get("/api/bills/", token).status();
    }

    private static JsonNode byField(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> node.get(field).asString().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + array));
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asString()));
        return values;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.asLong()));
        return ids;
    }
}
