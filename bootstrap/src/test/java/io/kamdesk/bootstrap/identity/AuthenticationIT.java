package io.kamdesk.bootstrap.identity;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.ApiClient.Tokens;
import io.kamdesk.bootstrap.support.FullStackTest;
import io.kamdesk.bootstrap.support.TestUsers;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@FullStackTest
class AuthenticationIT {

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void login_withConfiguredFirstAdmin_answersTokensAndUser() {
        Response response = api.post("/api/auth/login/", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("access").asString()).isNotBlank();
        assertThat(response.json().get("refresh").asString()).isNotBlank();
        assertThat(response.json().get("user").get("email").asString()).isEqualTo(ADMIN_EMAIL);
        assertThat(response.json().get("user").get("username").asString()).isEqualTo("root");
        assertThat(response.json().get("user").get("id").isNumber()).isTrue();
    }

    @Test
    void login_emailInOtherCase_succeeds() {
        Response response = api.post("/api/auth/login/",
                Map.of("email", ADMIN_EMAIL.toUpperCase(), "password", ADMIN_PASSWORD));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void login_unknownEmailAndWrongPasswordAndInactiveUser_answerIdentically() {
        String inactive = TestUsers.uniqueEmail("inactive");
        TestUsers.createUser(dsl, inactive, "viewer", false);
        String known = TestUsers.uniqueEmail("known");
        TestUsers.createUser(dsl, known, "viewer", true);

        Response unknown = api.post("/api/auth/login/",
                Map.of("email", TestUsers.uniqueEmail("nobody"), "password", ADMIN_PASSWORD));
        Response wrongPassword = api.post("/api/auth/login/",
                Map.of("email", known, "password", "wrong-password-1"));
        Response inactiveUser = api.post("/api/auth/login/", Map.of("email", inactive, "password", ADMIN_PASSWORD));

        for (Response response : new Response[] {unknown, wrongPassword, inactiveUser}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().get("detail").asString())
                    .isEqualTo("No active account found with the given credentials");
            assertThat(response.json().get("code").asString()).isEqualTo("no_active_account");
        }
    }

    @Test
    void loginAndRefresh_ignoreAStaleAuthorizationHeader() {
        Tokens tokens = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);

        Response login = api.post("/api/auth/login/", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD),
                "expired.or.garbage");
        Response refresh = api.post("/api/auth/refresh/", Map.of("refresh", tokens.refresh()), "expired.or.garbage");

        assertThat(login.status()).isEqualTo(200);
        assertThat(refresh.status()).isEqualTo(200);
    }

    @Test
    void login_missingFields_answersFieldErrors() {
        Response response = api.post("/api/auth/login/", Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("invalid");
        assertThat(response.json().get("email").get(0).asString()).isEqualTo("This field is required.");
        assertThat(response.json().get("password").get(0).asString()).isEqualTo("This field is required.");
    }

    @Test
    void me_withAccessToken_answersProfileWithRoleName() {
        Tokens tokens = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);

        Response response = api.get("/api/users/me/", tokens.access());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("email").asString()).isEqualTo(ADMIN_EMAIL);
        assertThat(response.json().get("role").asString()).isEqualTo("super_admin");
        assertThat(response.body()).doesNotContain("password");
    }

    @Test
    void me_userWithoutRole_answersNullRole() {
        String email = TestUsers.uniqueEmail("roleless");
        TestUsers.createUser(dsl, email, null, true);
        Tokens tokens = api.logIn(email, ADMIN_PASSWORD);

        Response response = api.get("/api/users/me/", tokens.access());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("role").isNull()).isTrue();
    }

    @Test
    void pathWithoutTrailingSlash_reachesSameHandlerAndSecurityRule() {
        Tokens tokens = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);

        Response withoutSlash = api.get("/api/users/me", tokens.access());
        Response anonymousWithoutSlash = api.get("/api/users/me");
        Response loginWithoutSlash = api.post("/api/auth/login",
                Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));

        assertThat(withoutSlash.status()).isEqualTo(200);
        assertThat(withoutSlash.json().get("email").asString()).isEqualTo(ADMIN_EMAIL);
        assertThat(anonymousWithoutSlash.status()).isEqualTo(401);
        assertThat(loginWithoutSlash.status()).isEqualTo(200);
    }

    @Test
    void refresh_rotatesAndAnswersBothTokens() {
        Tokens tokens = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);

        Response refreshed = api.post("/api/auth/refresh/", Map.of("refresh", tokens.refresh()));

        assertThat(refreshed.status()).isEqualTo(200);
        String newRefresh = refreshed.json().get("refresh").asString();
        assertThat(newRefresh).isNotEqualTo(tokens.refresh());
        assertThat(api.get("/api/users/me/", refreshed.json().get("access").asString()).status()).isEqualTo(200);
        assertThat(api.post("/api/auth/refresh/", Map.of("refresh", newRefresh)).status()).isEqualTo(200);
    }

    @Test
    void refresh_reusedToken_revokesWholeSession() {
        Tokens tokens = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        Response first = api.post("/api/auth/refresh/", Map.of("refresh", tokens.refresh()));
        String rotatedRefresh = first.json().get("refresh").asString();
        String rotatedAccess = first.json().get("access").asString();

        Response reuse = api.post("/api/auth/refresh/", Map.of("refresh", tokens.refresh()));

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.json().get("code").asString()).isEqualTo("token_not_valid");
        assertThat(api.post("/api/auth/refresh/", Map.of("refresh", rotatedRefresh)).status()).isEqualTo(401);
        assertThat(api.get("/api/users/me/", rotatedAccess).status()).isEqualTo(401);
        assertThat(api.get("/api/users/me/", tokens.access()).status()).isEqualTo(401);
    }

    @Test
    void logout_revokesRefreshAndAccessTokensOfTheSession() {
        Tokens tokens = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        Tokens otherSession = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);

        Response logout = api.post("/api/auth/logout/", Map.of("refresh", tokens.refresh()), tokens.access());

        assertThat(logout.status()).isEqualTo(205);
        assertThat(logout.body()).isEmpty();
        assertThat(api.get("/api/users/me/", tokens.access()).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/refresh/", Map.of("refresh", tokens.refresh())).status()).isEqualTo(401);
        assertThat(api.get("/api/users/me/", otherSession.access()).status()).isEqualTo(200);
    }

    @Test
    void logout_refreshTokenOfAnotherUser_isRefused() {
        String email = TestUsers.uniqueEmail("other");
        TestUsers.createUser(dsl, email, "viewer", true);
        Tokens admin = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        Tokens other = api.logIn(email, ADMIN_PASSWORD);

        Response logout = api.post("/api/auth/logout/", Map.of("refresh", other.refresh()), admin.access());

        assertThat(logout.status()).isEqualTo(403);
        assertThat(logout.json().get("code").asString()).isEqualTo("permission_denied");
        assertThat(api.get("/api/users/me/", other.access()).status()).isEqualTo(200);
    }

    @Test
    void logout_withoutAccessToken_answers401() {
        Tokens tokens = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);

        Response logout = api.post("/api/auth/logout/", Map.of("refresh", tokens.refresh()));

        assertThat(logout.status()).isEqualTo(401);
        assertThat(logout.json().get("code").asString()).isEqualTo("not_authenticated");
    }

    @Test
    void deactivatedUser_cannotRefreshAnyMore() {
        String email = TestUsers.uniqueEmail("leaver");
        long id = TestUsers.createUser(dsl, email, "viewer", true);
        Tokens tokens = api.logIn(email, ADMIN_PASSWORD);
        dsl.execute("update app_user set is_active = false where id = " + id);

        Response refresh = api.post("/api/auth/refresh/", Map.of("refresh", tokens.refresh()));

        assertThat(refresh.status()).isEqualTo(401);
    }

    @Test
    void sessions_listsOwnSessionsWithCurrentMarked() {
        String email = TestUsers.uniqueEmail("sessions");
        TestUsers.createUser(dsl, email, "viewer", true);
        Tokens first = api.logIn(email, ADMIN_PASSWORD);
        Tokens second = api.logIn(email, ADMIN_PASSWORD);

        Response list = api.get("/api/auth/sessions/", second.access());
        Response paged = api.get("/api/auth/sessions/?page=1&pageSize=1&ordering=created_at", second.access());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("X-Total-Count")).isEqualTo("2");
        assertThat(list.json().isArray()).isTrue();
        assertThat(list.json().size()).isEqualTo(2);
        assertThat(list.json().get(0).get("current").asBoolean()).isTrue();
        assertThat(paged.json().get("count").asInt()).isEqualTo(2);
        assertThat(paged.json().get("results").size()).isEqualTo(1);
        assertThat(paged.json().get("results").get(0).get("current").asBoolean()).isFalse();
        assertThat(paged.json().get("next").asString()).contains("page=2");
        assertThat(paged.json().get("previous").isNull()).isTrue();
        assertThat(first.access()).isNotEqualTo(second.access());
    }

    @Test
    void sessions_revokingOneOfMine_endsItsTokens() {
        String email = TestUsers.uniqueEmail("revoker");
        TestUsers.createUser(dsl, email, "viewer", true);
        Tokens phone = api.logIn(email, ADMIN_PASSWORD);
        Tokens laptop = api.logIn(email, ADMIN_PASSWORD);
        String phoneSession = api.get("/api/auth/sessions/?active=true&ordering=created_at", laptop.access())
                .json().get(0).get("id").asString();

        Response revoke = api.delete("/api/auth/sessions/" + phoneSession + "/", laptop.access());

        assertThat(revoke.status()).isEqualTo(204);
        assertThat(api.get("/api/users/me/", phone.access()).status()).isEqualTo(401);
        assertThat(api.get("/api/users/me/", laptop.access()).status()).isEqualTo(200);
    }

    @Test
    void sessions_unknownOrderingAndBadPage_answer400And404() {
        Tokens tokens = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);

        Response badOrdering = api.get("/api/auth/sessions/?ordering=password", tokens.access());
        Response badPageSize = api.get("/api/auth/sessions/?page_size=10001", tokens.access());
        Response pastTheEnd = api.get("/api/auth/sessions/?page=999", tokens.access());

        assertThat(badOrdering.status()).isEqualTo(400);
        assertThat(badOrdering.json().get("ordering").get(0).asString())
                .contains("created_at", "refreshed_at", "expires_at");
        assertThat(badPageSize.status()).isEqualTo(400);
        assertThat(badPageSize.json().has("page_size")).isTrue();
        assertThat(pastTheEnd.status()).isEqualTo(404);
        assertThat(pastTheEnd.json().get("detail").asString()).isEqualTo("Invalid page.");
    }
}
