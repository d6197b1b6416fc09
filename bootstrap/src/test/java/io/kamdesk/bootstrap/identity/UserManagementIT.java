package io.kamdesk.bootstrap.identity;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.ApiClient.Tokens;
import io.kamdesk.bootstrap.support.FullStackTest;
import io.kamdesk.bootstrap.support.TestUsers;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** User management over HTTP, with the rules against privilege escalation. */
@FullStackTest
class UserManagementIT {

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
    void register_answers201WithShortFormAndDefaultsToSalesPerson() {
        String email = TestUsers.uniqueEmail("reg");

        Response created = api.post("/api/auth/register/",
                Map.of("email", email, "username", name(email), "password", PASSWORD), root);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().propertyNames()).containsExactlyInAnyOrder("id", "email", "username");
        long id = created.json().get("id").asLong();
        assertThat(api.get("/api/users/" + id + "/", root).json().get("role_name").asString()).isEqualTo("sales_person");
        assertThat(api.logIn(email, PASSWORD).access()).isNotBlank();
    }

    @Test
    void register_duplicateEmailAndUsername_andWeakPassword_answerFieldErrors() {
        String email = TestUsers.uniqueEmail("dup");
        api.post("/api/auth/register/", Map.of("email", email, "username", name(email), "password", PASSWORD), root);

        Response duplicate = api.post("/api/auth/register/",
                Map.of("email", email.toUpperCase(), "username", name(email).toUpperCase(), "password", PASSWORD), root);
        Response weak = api.post("/api/auth/register/",
                Map.of("email", TestUsers.uniqueEmail("weak"), "username", "weakling" + System.nanoTime(),
                        "password", "12345678"), root);

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("email").get(0).asString()).contains("already exists");
        assertThat(duplicate.json().get("username").get(0).asString()).contains("already exists");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("entirely numeric").contains("too common");
    }

    @Test
    void register_bySalesPerson_isForbidden() {
        String kam = createUser("kam", "sales_person");

        Response response = api.post("/api/auth/register/", Map.of("email", TestUsers.uniqueEmail("x"),
                "username", "x" + System.nanoTime(), "password", PASSWORD), api.logIn(kam, PASSWORD).access());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("permission_denied");
    }

    @Test
    void create_answersFullUser_andIgnoresReadOnlyAndUnknownFields() {
        String email = TestUsers.uniqueEmail("full");
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "username", name(email),
                "password", PASSWORD, "first_name", "John", "last_name", "Doe", "role", roleId("viewer"),
                "is_active", true));
        body.put("id", 999_999);
        body.put("created_at", "2001-01-01T00:00:00Z");
        body.put("is_superuser", true);

        Response created = api.post("/api/users/", body, root);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asLong()).isNotEqualTo(999_999L);
        assertThat(created.json().get("role_name").asString()).isEqualTo("viewer");
        assertThat(created.json().get("role").asLong()).isEqualTo(roleId("viewer"));
        assertThat(created.json().get("first_name").asString()).isEqualTo("John");
        assertThat(created.json().get("created_at").asString()).doesNotStartWith("2001");
        assertThat(created.json().has("is_superuser")).isFalse();
        assertThat(created.body()).doesNotContain("password");
    }

    @Test
    void list_filtersByRoleIdOrName_activeFlag_search_andPages() {
        String marker = "lst" + System.nanoTime();
        createUserNamed(marker + "a", "viewer");
        createUserNamed(marker + "b", "viewer");
        String inactive = createUserNamed(marker + "c", "sales_manager");
        api.patch(userPath(inactive), Map.of("is_active", false), root);

        Response byName = api.get("/api/users/?role=viewer&search=" + marker, root);
        Response byId = api.get("/api/users/?role=" + roleId("viewer") + "&search=" + marker, root);
        Response inactiveOnly = api.get("/api/users/?is_active=false&search=" + marker, root);
        Response paged = api.get("/api/users/?search=" + marker + "&ordering=-username&page=1&page_size=2", root);
        Response unknownRole = api.get("/api/users/?role=astronaut", root);

        assertThat(byName.json().size()).isEqualTo(2);
        assertThat(byName.json().get(0).get("role_name").asString()).isEqualTo("viewer");
        assertThat(byId.json().size()).isEqualTo(2);
        assertThat(inactiveOnly.json().size()).isEqualTo(1);
        assertThat(paged.json().get("count").asInt()).isEqualTo(3);
        assertThat(paged.header("X-Total-Count")).isEqualTo("3");
        assertThat(paged.json().get("results").get(0).get("username").asString()).isEqualTo(marker + "c");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.json().get("role").get(0).asString()).contains("sales_person");
    }

    @Test
    void putRequiresEmailAndUsername_patchChangesOnlyWhatIsSent() {
        String email = createUser("edit", "viewer");
        String path = userPath(email);

        Response put = api.put(path, Map.of("first_name", "Only"), root);
        Response patch = api.patch(path, Map.of("first_name", "Jane"), root);

        assertThat(put.status()).isEqualTo(400);
        assertThat(put.json().has("email")).isTrue();
        assertThat(patch.status()).isEqualTo(200);
        assertThat(patch.json().get("first_name").asString()).isEqualTo("Jane");
        assertThat(patch.json().get("email").asString()).isEqualTo(email);
    }

    @Test
    void deactivation_endsTheUsersSessionsAtOnce() {
        String email = createUser("leaving", "viewer");
        Tokens tokens = api.logIn(email, PASSWORD);

        Response patch = api.patch(userPath(email), Map.of("is_active", false), root);

        assertThat(patch.status()).isEqualTo(200);
        assertThat(patch.json().get("is_active").asBoolean()).isFalse();
        assertThat(api.get("/api/users/me/", tokens.access()).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/refresh/", Map.of("refresh", tokens.refresh())).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/login/", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void passwordSetByAdmin_endsTheUsersSessions_andTheNewOneWorks() {
        String email = createUser("reset", "viewer");
        Tokens tokens = api.logIn(email, PASSWORD);

        Response patch = api.patch(userPath(email), Map.of("password", "Brand-New-Secret-77"), root);

        assertThat(patch.status()).isEqualTo(200);
        assertThat(api.get("/api/users/me/", tokens.access()).status()).isEqualTo(401);
        assertThat(api.logIn(email, "Brand-New-Secret-77").access()).isNotBlank();
    }

    @Test
    void ownPasswordChange_keepsThisSession_endsTheOthers() {
        String email = createUser("own", "viewer");
        Tokens here = api.logIn(email, PASSWORD);
        Tokens elsewhere = api.logIn(email, PASSWORD);

        Response wrongOld = api.post("/api/users/change-password/",
                Map.of("old_password", "not-it-at-all", "new_password", "Another-Good-One-8"), here.access());
        Response changed = api.post("/api/users/change-password/",
                Map.of("old_password", PASSWORD, "new_password", "Another-Good-One-8"), here.access());

        assertThat(wrongOld.status()).isEqualTo(400);
        assertThat(wrongOld.json().has("old_password")).isTrue();
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("detail").asString()).isEqualTo("Password changed");
        assertThat(api.get("/api/users/me/", here.access()).status()).isEqualTo(200);
        assertThat(api.get("/api/users/me/", elsewhere.access()).status()).isEqualTo(401);
    }

    @Test
    void admin_cannotTouchASuperAdmin_norGrantSuperAdmin() {
        String admin = api.logIn(createUser("adm", "admin"), PASSWORD).access();
        String rootPath = userPath(ADMIN_EMAIL);
        String viewer = createUser("target", "viewer");

        Response edit = api.patch(rootPath, Map.of("first_name", "Mallory"), admin);
        Response delete = api.delete(rootPath, admin);
        Response promote = api.post("/api/auth/assign-role/" + idOf(viewer) + "/", Map.of("role", "super_admin"), admin);
        Response create = api.post("/api/users/", Map.of("email", TestUsers.uniqueEmail("sa"), "username",
                "sa" + System.nanoTime(), "password", PASSWORD, "role", "super_admin"), admin);

        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.json().get("code").asString()).isEqualTo("super_admin_protected");
        assertThat(delete.status()).isEqualTo(403);
        assertThat(promote.status()).isEqualTo(403);
        assertThat(create.status()).isEqualTo(403);
        assertThat(api.get("/api/users/me/", root).json().get("role").asString()).isEqualTo("super_admin");
    }

    @Test
    void nobody_changesTheirOwnRole_deactivatesOrDeletesThemselves() {
        String adminEmail = createUser("self", "admin");
        String admin = api.logIn(adminEmail, PASSWORD).access();
        String self = userPath(adminEmail);

        Response patchRole = api.patch(self, Map.of("role", "viewer"), admin);
        Response assign = api.post("/api/auth/assign-role/" + idOf(adminEmail) + "/", Map.of("role", "viewer"), admin);
        Response deactivate = api.patch(self, Map.of("is_active", false), admin);
        Response delete = api.delete(self, admin);

        assertThat(patchRole.status()).isEqualTo(403);
        assertThat(patchRole.json().get("code").asString()).isEqualTo("own_role");
        assertThat(assign.status()).isEqualTo(403);
        assertThat(deactivate.status()).isEqualTo(403);
        assertThat(delete.status()).isEqualTo(403);
    }

    @Test
    void superAdmin_canPromoteAnother_andThenBeDemotedByThem() {
        String second = createUser("second", "viewer");
        assertThat(api.post("/api/auth/assign-role/" + idOf(second) + "/", Map.of("role", "super_admin"), root)
                .json().get("detail").asString()).isEqualTo("Role assigned");
        String secondToken = api.logIn(second, PASSWORD).access();

        Response demoteRoot = api.post("/api/auth/assign-role/" + idOf(ADMIN_EMAIL) + "/",
                Map.of("role", "admin"), secondToken);
        Response restore = api.post("/api/auth/assign-role/" + idOf(ADMIN_EMAIL) + "/",
                Map.of("role", "super_admin"), secondToken);

        assertThat(demoteRoot.status()).isEqualTo(200);
        assertThat(restore.status()).isEqualTo(200);
        assertThat(api.get("/api/users/me/", api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access()).json().get("role")
                .asString()).isEqualTo("super_admin");
    }

    @Test
    void assignRole_unknownUserOrRole_answers404() {
        String viewer = createUser("assign", "viewer");

        assertThat(api.post("/api/auth/assign-role/99999999/", Map.of("role", "viewer"), root).status())
                .isEqualTo(404);
        assertThat(api.post("/api/auth/assign-role/" + idOf(viewer) + "/", Map.of("role", "astronaut"), root).status())
                .isEqualTo(404);
    }

    @Test
    void delete_endsSessions_andAnswers204() {
        String email = createUser("gone", "viewer");
        Tokens tokens = api.logIn(email, PASSWORD);
        String path = userPath(email);

        Response delete = api.delete(path, root);

        assertThat(delete.status()).isEqualTo(204);
        assertThat(api.get("/api/users/me/", tokens.access()).status()).isEqualTo(401);
        assertThat(api.get(path, root).status()).isEqualTo(404);
    }

    private String createUser(String prefix, String role) {
        return createUserNamed(prefix + System.nanoTime(), role);
    }

    private String createUserNamed(String username, String role) {
        String email = username + "@kamdesk.test";
        Response created = api.post("/api/users/", Map.of("email", email, "username", username, "password", PASSWORD,
                "role", role), root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return email;
    }

    private long idOf(String email) {
        return api.get("/api/users/?search=" + email, root).json().get(0).get("id").asLong();
    }

    private String userPath(String email) {
        return "/api/users/" + idOf(email) + "/";
    }

    private long roleId(String name) {
        for (var role : api.get("/api/auth/roles/", root).json()) {
            if (role.get("name").asString().equals(name)) {
                return role.get("id").asLong();
            }
        }
        throw new AssertionError("no role " + name);
    }

    private static String name(String email) {
        return email.substring(0, email.indexOf('@')).replace('.', '_');
    }
}
