package io.kamdesk.bootstrap.identity;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.Eventually;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Roles, permissions and the menu over HTTP. */
@FullStackTest
class RolesAndMenuIT {

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
    void permissions_listsTheCatalogueAsObjects() {
        Response response = api.get("/api/auth/permissions/", root);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().isArray()).isTrue();
        JsonNode first = response.json().get(0);
        assertThat(first.propertyNames()).contains("id", "code", "resource", "action", "description");
        assertThat(codes(response.json(), "code")).contains("prospects:convert", "bills:export", "dashboard:read");
    }

    @Test
    void roles_listTheSeededRolesWithScopesAndEffectivePermissions() {
        JsonNode roles = api.get("/api/auth/roles/", root).json();

        JsonNode superAdmin = byName(roles, "super_admin");
        JsonNode salesPerson = byName(roles, "sales_person");
        assertThat(codes(roles, "name")).contains("super_admin", "admin", "sales_manager", "sales_person", "viewer");
        assertThat(superAdmin.get("permissions").size()).isGreaterThanOrEqualTo(26);
        assertThat(salesPerson.get("data_scope").asString()).isEqualTo("own");
        assertThat(salesPerson.get("is_builtin").asBoolean()).isTrue();
    }

    @Test
    void customRole_isCreatedChangedAndDeleted() {
        String name = "clerk_" + System.nanoTime();

        Response created = api.post("/api/auth/roles/", Map.of("name", name, "description", "Enters bills",
                "permissions", List.of("bills:read", "bills:create"), "data_scope", "own"), root);
        String path = "/api/auth/roles/" + created.json().get("id").asLong() + "/";
        Response patched = api.patch(path, Map.of("permissions", List.of("bills:read")), root);
        Response deleted = api.delete(path, root);

        assertThat(created.status()).isEqualTo(201);
        assertThat(codes(created.json().get("permission_codes"))).containsExactly("bills:create", "bills:read");
        assertThat(created.json().get("permissions").size()).isEqualTo(2);
        assertThat(patched.status()).isEqualTo(200);
        assertThat(codes(patched.json().get("permission_codes"))).containsExactly("bills:read");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(path, root).status()).isEqualTo(404);
    }

    @Test
    void role_invalidFields_answerFieldErrors() {
        Response response = api.post("/api/auth/roles/", Map.of("name", "Bad Name!", "permissions",
                List.of("bills:fly"), "data_scope", "some"), root);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().has("name")).isTrue();
        assertThat(response.json().get("permissions").get(0).asString()).contains("bills:fly");
        assertThat(response.json().has("data_scope")).isTrue();
    }

    @Test
    void nobody_grantsAPermissionTheyDoNotHold() {
        String manager = userWithNewRole(List.of("roles:read", "roles:create", "roles:update", "users:read"));

        Response escalation = api.post("/api/auth/roles/", Map.of("name", "sneaky_" + System.nanoTime(),
                "permissions", List.of("roles:read", "bills:delete"), "data_scope", "all"), manager);
        Response allowed = api.post("/api/auth/roles/", Map.of("name", "reader_" + System.nanoTime(),
                "permissions", List.of("roles:read"), "data_scope", "all"), manager);

        assertThat(escalation.status()).isEqualTo(403);
        assertThat(escalation.json().get("code").asString()).isEqualTo("permission_escalation");
        assertThat(escalation.json().get("detail").asString()).contains("bills:delete");
        assertThat(allowed.status()).isEqualTo(201);
    }

    @Test
    void builtinAndSuperAdminRoles_areProtected_andARoleInUseStays() {
        long viewerRole = roleId("viewer");
        long superAdminRole = roleId("super_admin");
        String inUse = "inuse_" + System.nanoTime();
        long inUseId = api.post("/api/auth/roles/", Map.of("name", inUse, "permissions", List.of("bills:read"),
                "data_scope", "all"), root).json().get("id").asLong();
        api.post("/api/users/", Map.of("email", inUse + "@kamdesk.test", "username", inUse, "password", PASSWORD,
                "role", inUseId), root);

        Response deleteBuiltin = api.delete("/api/auth/roles/" + viewerRole + "/", root);
        Response renameBuiltin = api.patch("/api/auth/roles/" + viewerRole + "/", Map.of("name", "watcher"), root);
        Response changeSuperAdmin = api.patch("/api/auth/roles/" + superAdminRole + "/",
                Map.of("description", "x"), root);
        Response deleteInUse = api.delete("/api/auth/roles/" + inUseId + "/", root);

        assertThat(deleteBuiltin.status()).isEqualTo(403);
        assertThat(renameBuiltin.status()).isEqualTo(400);
        assertThat(changeSuperAdmin.status()).isEqualTo(403);
        assertThat(changeSuperAdmin.json().get("code").asString()).isEqualTo("super_admin_role_fixed");
        assertThat(deleteInUse.status()).isEqualTo(409);
        assertThat(deleteInUse.json().get("code").asString()).isEqualTo("role_in_use");
    }

    @Test
    void takingAPermissionFromARole_takesEffectForItsHoldersWithinSeconds() {
        String name = "auditor_" + System.nanoTime();
        long roleId = api.post("/api/auth/roles/", Map.of("name", name, "permissions", List.of("users:read"),
                "data_scope", "all"), root).json().get("id").asLong();
        api.post("/api/users/", Map.of("email", name + "@kamdesk.test", "username", name, "password", PASSWORD,
                "role", roleId), root);
        String auditor = api.logIn(name + "@kamdesk.test", PASSWORD).access();
        assertThat(api.get("/api/users/", auditor).status()).isEqualTo(200);

        api.patch("/api/auth/roles/" + roleId + "/", Map.of("permissions", List.of()), root);

        Eventually.within(Duration.ofSeconds(5),
                () -> assertThat(api.get("/api/users/", auditor).status()).isEqualTo(403));
    }

    @Test
    void menu_showsOnlyPermittedItems_childrenFilteredToo() {
        String viewer = api.logIn(userWithRole("viewer"), PASSWORD).access();
        String rolesOnly = userWithNewRole(List.of("roles:read"));

        JsonNode adminMenu = api.get("/api/auth/menu/", root).json();
        JsonNode viewerMenu = api.get("/api/auth/menu/", viewer).json();
        JsonNode rolesOnlyMenu = api.get("/api/auth/menu/", rolesOnly).json();

        assertThat(codes(adminMenu, "slug")).containsExactly("dashboard", "customers", "prospects", "bills",
                "reports", "admin");
        assertThat(codes(byName(adminMenu, "admin", "slug").get("children"), "slug")).containsExactly("users", "roles",
                "activity-logs");
        assertThat(adminMenu.get(0).propertyNames()).contains("id", "slug", "title", "path", "icon", "order",
                "children");
        assertThat(codes(viewerMenu, "slug")).containsExactly("dashboard", "customers", "prospects", "bills",
                "reports");
        assertThat(rolesOnlyMenu.size()).isZero();
    }

    private String userWithRole(String role) {
        String username = role + System.nanoTime();
        api.post("/api/users/", Map.of("email", username + "@kamdesk.test", "username", username, "password",
                PASSWORD, "role", role), root);
        return username + "@kamdesk.test";
    }

    private String userWithNewRole(List<String> permissions) {
        String name = "custom_" + System.nanoTime();
        long roleId = api.post("/api/auth/roles/", Map.of("name", name, "permissions", permissions,
                "data_scope", "all"), root).json().get("id").asLong();
        api.post("/api/users/", Map.of("email", name + "@kamdesk.test", "username", name, "password", PASSWORD,
                "role", roleId), root);
        return api.logIn(name + "@kamdesk.test", PASSWORD).access();
    }

    private long roleId(String name) {
        return byName(api.get("/api/auth/roles/", root).json(), name).get("id").asLong();
    }

    private static JsonNode byName(JsonNode items, String name) {
        return byName(items, name, "name");
    }

    private static JsonNode byName(JsonNode items, String value, String field) {
        for (JsonNode item : items) {
            if (item.get(field).asString().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " " + value);
    }

    private static List<String> codes(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }

    private static List<String> codes(JsonNode strings) {
        List<String> values = new ArrayList<>();
        strings.forEach(item -> values.add(item.asString()));
        return values;
    }
}
