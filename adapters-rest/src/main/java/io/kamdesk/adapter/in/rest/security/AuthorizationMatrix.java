package io.kamdesk.adapter.in.rest.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what: the single table of route × method → access rule for the whole API. The
 * security configuration is generated from it, and a start-up check (plus a test) refuses any
 * controller mapping that has no row here, so no endpoint can be added without a decision.
 */
public final class AuthorizationMatrix {

    /** Paths outside the API that anyone may read: documentation, health, metrics, the error page. */
    public static final List<String> PUBLIC_INFRASTRUCTURE = List.of(
            "/error", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
            "/actuator/health", "/actuator/health/**", "/actuator/prometheus");

    private static final List<Rule> RULES = List.of(
            Rule.open(GET, "/api/schema/"),
            Rule.open(POST, "/api/auth/login/"),
            Rule.open(POST, "/api/auth/refresh/"),
            Rule.signedIn(POST, "/api/auth/logout/"),
            Rule.signedIn(GET, "/api/auth/sessions/"),
            Rule.signedIn(DELETE, "/api/auth/sessions/{id}/"),
            Rule.signedIn(GET, "/api/auth/menu/"),
            Rule.needs(POST, "/api/auth/register/", "users:create"),
            Rule.signedIn(GET, "/api/users/me/"),
            Rule.signedIn(POST, "/api/users/change-password/"),
            Rule.signedIn(GET, "/api/users/sales-users/"),
            Rule.needs(GET, "/api/users/", "users:read"),
            Rule.needs(POST, "/api/users/", "users:create"),
            Rule.needs(GET, "/api/users/{id}/", "users:read"),
            Rule.needs(PUT, "/api/users/{id}/", "users:update"),
            Rule.needs(PATCH, "/api/users/{id}/", "users:update"),
            Rule.needs(DELETE, "/api/users/{id}/", "users:delete"),
            Rule.needs(POST, "/api/auth/assign-role/{userId}/", "users:update"),
            Rule.needs(GET, "/api/auth/permissions/", "roles:read"),
            Rule.needs(GET, "/api/auth/role-choices/", "roles:read"),
            Rule.needs(GET, "/api/auth/roles/", "roles:read"),
            Rule.needs(POST, "/api/auth/roles/", "roles:create"),
            Rule.needs(GET, "/api/auth/roles/{id}/", "roles:read"),
            Rule.needs(PUT, "/api/auth/roles/{id}/", "roles:update"),
            Rule.needs(PATCH, "/api/auth/roles/{id}/", "roles:update"),
            Rule.needs(DELETE, "/api/auth/roles/{id}/", "roles:delete"),
            Rule.needs(GET, "/api/customers/prospects/", "prospects:read"),
            Rule.needs(POST, "/api/customers/prospects/", "prospects:create"),
            Rule.needs(GET, "/api/customers/prospects/{id}/", "prospects:read"),
            Rule.needs(PUT, "/api/customers/prospects/{id}/", "prospects:update"),
            Rule.needs(PATCH, "/api/customers/prospects/{id}/", "prospects:update"),
            Rule.needs(DELETE, "/api/customers/prospects/{id}/", "prospects:delete"),
            Rule.needs(POST, "/api/customers/prospects/{id}/convert/", "prospects:convert"),
            Rule.needs(GET, "/api/customers/", "customers:read"),
            Rule.needs(POST, "/api/customers/", "customers:create"),
            Rule.needs(GET, "/api/customers/{id}/", "customers:read"),
            Rule.needs(PUT, "/api/customers/{id}/", "customers:update"),
            Rule.needs(PATCH, "/api/customers/{id}/", "customers:update"),
            Rule.needs(DELETE, "/api/customers/{id}/", "customers:delete"),
            Rule.needs(POST, "/api/customers/import/", "customers:import"),
            Rule.needs(GET, "/api/customers/export/", "customers:export"),
            Rule.needs(POST, "/api/bills/import/", "bills:import"),
            Rule.signedIn(GET, "/api/import-jobs/"),
            Rule.signedIn(GET, "/api/import-jobs/{id}/"),
            Rule.signedIn(POST, "/api/import-jobs/{id}/cancel/"),
            Rule.signedIn(GET, "/api/import-jobs/{id}/failed-rows/"),
            Rule.needs(GET, "/api/bills/export/", "bills:export"),
            Rule.needs(POST, "/api/bills/{id}/payments/", "payments:create"),
            Rule.needs(GET, "/api/bills/{id}/payments/", "payments:read"),
            Rule.needs(GET, "/api/payments/", "payments:read"),
            Rule.needs(GET, "/api/customers/{id}/statement/", "payments:read"),
            Rule.needs(GET, "/api/customers/{id}/payment-terms/", "customers:read"),
            Rule.needs(PUT, "/api/customers/{id}/payment-terms/", "customers:update"),
            Rule.needs(GET, "/api/payments/export/", "payments:read"),
            Rule.needs(GET, "/api/payments/{id}/", "payments:read"),
            Rule.needs(POST, "/api/payments/{id}/void/", "payments:void"),
            Rule.needs(POST, "/api/billing-runs/", "bills:run"),
            Rule.needs(GET, "/api/billing-runs/", "bills:run"),
            Rule.needs(GET, "/api/billing-runs/{id}/", "bills:run"),
            Rule.needs(POST, "/api/billing-runs/{id}/cancel/", "bills:run"),
            Rule.needs(POST, "/api/invoices/", "invoices:create"),
            Rule.needs(GET, "/api/invoices/", "invoices:read"),
            Rule.needs(GET, "/api/invoices/export/", "invoices:read"),
            Rule.needs(GET, "/api/invoices/{id}/", "invoices:read"),
            Rule.needs(POST, "/api/invoices/{id}/issue/", "invoices:issue"),
            Rule.needs(POST, "/api/invoices/{id}/void/", "invoices:void"),
            Rule.needs(GET, "/api/bills/", "bills:read"),
            Rule.needs(POST, "/api/bills/", "bills:create"),
            Rule.needs(GET, "/api/bills/{id}/", "bills:read"),
            Rule.needs(PUT, "/api/bills/{id}/", "bills:update"),
            Rule.needs(PATCH, "/api/bills/{id}/", "bills:update"),
            Rule.needs(DELETE, "/api/bills/{id}/", "bills:delete"),
            Rule.needs(GET, "/api/activity-logs/", "logs:read"),
            Rule.needs(GET, "/api/activity-logs/export/", "logs:read"),
            Rule.needs(GET, "/api/activity-logs/{id}/", "logs:read"),
            Rule.needs(GET, "/api/activity-logs/stats/summary/", "logs:read"),
            Rule.needs(GET, "/api/activity-logs/user/{id}/summary/", "logs:read"),
            Rule.needs(POST, "/api/activity-logs/clean/", "logs:delete"),
            Rule.needs(GET, "/api/customers/{id}/history/", "customers:read"),
            Rule.needs(GET, "/api/bills/{id}/history/", "bills:read"),
            Rule.needs(GET, "/api/customers/prospects/{id}/history/", "prospects:read"),
            Rule.needs(GET, "/api/dashboard/kpis/", "dashboard:read"),
            Rule.needs(GET, "/api/dashboard/weekly-collections/", "dashboard:read"),
            Rule.needs(GET, "/api/dashboard/monthly-collections/", "dashboard:read"),
            Rule.needs(GET, "/api/dashboard/yearly-collections/", "dashboard:read"),
            Rule.needs(GET, "/api/dashboard/receivables-aging/", "dashboard:read"),
            Rule.needs(GET, "/api/dashboard/receivables-aging/customers/", "dashboard:read"),
            Rule.needs(GET, "/api/dashboard/receivables-aging/customers/export/", "dashboard:read"),
            Rule.needs(GET, "/api/dashboard/weekly-revenue/", "dashboard:read"),
            Rule.needs(GET, "/api/dashboard/monthly-revenue/", "dashboard:read"),
            Rule.needs(GET, "/api/dashboard/yearly-revenue/", "dashboard:read"),
            Rule.needs(GET, "/api/dashboard/customer-wise-revenue/", "dashboard:read"),
            Rule.needs(GET, "/api/dashboard/kam-performance/", "dashboard:read"));

    private AuthorizationMatrix() {
    }

    /**
     * The rows, paths without variables first: Spring Security applies the first rule that matches,
     * and {@code /api/customers/{id}/} must not capture {@code /api/customers/prospects/}.
     */
    public static List<Rule> rules() {
        return RULES.stream()
                .sorted(Comparator.comparing((Rule rule) -> rule.path().contains("{")))
                .toList();
    }

    /** How a route is guarded. */
    public enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Any signed-in user, whatever their role. */
        AUTHENTICATED,
        /** A signed-in user holding {@link Rule#permission()}. */
        PERMISSION
    }

    /** One row of the matrix. */
    public record Rule(HttpMethod method, String path, Access access, String permission) {

        public Rule {
            Objects.requireNonNull(method);
            Objects.requireNonNull(path);
            if ((access == Access.PERMISSION) != (permission != null)) {
                throw new IllegalArgumentException("a permission is named exactly when access is PERMISSION");
            }
        }

        static Rule open(HttpMethod method, String path) {
            return new Rule(method, path, Access.PUBLIC, null);
        }

        static Rule signedIn(HttpMethod method, String path) {
            return new Rule(method, path, Access.AUTHENTICATED, null);
        }

        static Rule needs(HttpMethod method, String path, String permission) {
            return new Rule(method, path, Access.PERMISSION, permission);
        }
    }

    /** A controller route: one method on one path pattern. */
    public record Route(HttpMethod method, String path) {
    }

    /** Controller routes with no rule, and rules with no controller route; both must be empty. */
    public record Mismatch(List<Route> undeclared, List<Route> unmapped) {

        public boolean isEmpty() {
            return undeclared.isEmpty() && unmapped.isEmpty();
        }
    }

    /** Compares the controllers' mappings with the table. */
    public static Mismatch compareWith(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        List<Route> mapped = new ArrayList<>();
        handlerMethods.keySet().forEach(info -> {
            Set<String> patterns = info.getPatternValues();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (isInfrastructure(pattern)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    mapped.add(new Route(null, pattern));
                }
                methods.forEach(method -> mapped.add(new Route(HttpMethod.valueOf(method.name()), pattern)));
            }
        });
        List<Route> declared = RULES.stream().map(rule -> new Route(rule.method(), rule.path())).toList();
        List<Route> undeclared = mapped.stream().filter(route -> !declared.contains(route)).distinct().toList();
        List<Route> unmapped = declared.stream().filter(route -> !mapped.contains(route)).toList();
        return new Mismatch(undeclared, unmapped);
    }

    private static boolean isInfrastructure(String pattern) {
        var parser = PathPatternParser.defaultInstance;
        return PUBLIC_INFRASTRUCTURE.stream().anyMatch(open -> open.equals(pattern)
                || parser.parse(open).matches(org.springframework.http.server.PathContainer.parsePath(pattern)));
    }
}
