package io.kamdesk.adapter.in.rest.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps each port to its purpose: the API's port serves the API, its documentation and health
 * (liveness and readiness, for load balancers), never metrics; the management port
 * ({@link ManagementPort}) serves the actuator and nothing else.
 */
public class ActuatorOnMainPortFilter extends OncePerRequestFilter {

    private final ManagementPort managementPort;
    private final ApiErrorWriter errors;

    public ActuatorOnMainPortFilter(ManagementPort managementPort, ApiErrorWriter errors) {
        this.managementPort = managementPort;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        boolean actuator = path.equals("/actuator") || path.startsWith("/actuator/");
        boolean health = path.equals("/actuator/health") || path.startsWith("/actuator/health/");
        boolean allowed = managementPort.received(request) ? actuator : !actuator || health;
        if (!allowed) {
            errors.write(response, HttpServletResponse.SC_NOT_FOUND,
                    ApiErrors.forStatus(HttpServletResponse.SC_NOT_FOUND));
            return;
        }
        chain.doFilter(request, response);
    }
}
