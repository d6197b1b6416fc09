package io.kamdesk.bootstrap.api;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.in.rest.security.AuthorizationMatrix;
import io.kamdesk.adapter.in.rest.security.AuthorizationMatrix.Access;
import io.kamdesk.adapter.in.rest.security.AuthorizationMatrix.Rule;
import io.kamdesk.application.identity.port.out.ViewerLookup;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.FullStackTest;
import io.kamdesk.bootstrap.support.TestUsers;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Viewer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every controller route has exactly one row in the authorization matrix, and every row is honoured:
 * each route is called anonymously and as a user of every seeded role, a custom role and no role.
 */
@FullStackTest
class AuthorizationMatrixIT {

    private static final List<String> SEEDED_ROLES =
            List.of("super_admin", "admin", "sales_manager", "sales_person", "viewer");

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Autowired
    ViewerLookup viewers;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyControllerRoute_hasExactlyOneRuleAndEveryRuleARoute() {
        var mismatch = AuthorizationMatrix.compareWith(handlerMapping.getHandlerMethods());

        assertThat(mismatch.undeclared()).as("routes without a rule").isEmpty();
        assertThat(mismatch.unmapped()).as("rules without a route").isEmpty();
    }

    @Test
    void anonymousCaller_reachesOnlyPublicRoutes() {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : AuthorizationMatrix.rules()) {
            int status = call(rule, null);
            boolean refused = status == 401;
            if (refused == (rule.access() == Access.PUBLIC)) {
                wrong.add(rule.method() + " " + rule.path() + " -> " + status);
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void everyRole_reachesExactlyWhatItsPermissionsAllow() {
        createCustomRole();
        Map<String, String> users = new LinkedHashMap<>();
        for (String role : SEEDED_ROLES) {
            users.put(role, TestUsers.uniqueEmail(role));
        }
        users.put("custom_auditor", TestUsers.uniqueEmail("auditor"));
        users.put("no role", TestUsers.uniqueEmail("roleless"));
        users.forEach((role, email) -> TestUsers.createUser(dsl, email, role.equals("no role") ? null : role, true));
        ApiClient api = new ApiClient(port);

        List<String> wrong = new ArrayList<>();
        users.forEach((role, email) -> {
            long userId = dsl.fetchSingle("select id from app_user where email = ?", email).get(0, Long.class);
            Viewer viewer = viewers.findActiveViewer(userId).orElseThrow();
            for (Rule rule : AuthorizationMatrix.rules()) {
                String access = api.logIn(email, ADMIN_PASSWORD).access();
                int status = call(rule, access);
                boolean allowed = rule.access() != Access.PERMISSION
                        || viewer.can(PermissionCode.of(rule.permission()));
                boolean refused = status == 401 || status == 403;
                if (allowed == refused) {
                    wrong.add(role + ": " + rule.method() + " " + rule.path() + " -> " + status);
                }
            }
        });

        assertThat(wrong).isEmpty();
    }

    private void createCustomRole() {
        dsl.execute("""
                insert into role (name, description, data_scope) values ('custom_auditor', 'reads bills', 'own')
                on conflict do nothing""");
        dsl.execute("""
                insert into role_permission (role_id, permission_id)
                select r.id, p.id from role r, permission p
                where r.name = 'custom_auditor' and p.code in ('bills:read', 'users:read')
                on conflict do nothing""");
    }

    private int call(Rule rule, String accessToken) {
        String path = rule.path().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(rule.method().name(), HttpRequest.BodyPublishers.ofString("{}"));
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        try {
            return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new AssertionError("calling " + path + " failed", e);
        }
    }
}
