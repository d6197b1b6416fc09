package io.kamdesk.adapter.in.rest.security;

import io.kamdesk.adapter.in.rest.shared.ClientAddress;
import io.kamdesk.application.shared.ActivityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the activity log who acts and from where: the signed-in user, the client's address and
 * user agent, the method and path, for the request's whole handling (the request id is there
 * already). Runs once the bearer token is read.
 */
class ActivityContextFilter extends OncePerRequestFilter {

    private static final List<String> SET_HERE = List.of(ActivityContext.ACTOR_ID, ActivityContext.ACTOR_NAME,
            ActivityContext.CLIENT_ADDRESS, ActivityContext.USER_AGENT, ActivityContext.METHOD, ActivityContext.PATH,
            ActivityContext.QUERY);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ViewerAuthentication caller) {
            MDC.put(ActivityContext.ACTOR_ID, Long.toString(caller.viewer().userId()));
            MDC.put(ActivityContext.ACTOR_NAME, caller.viewer().username());
        }
        MDC.put(ActivityContext.CLIENT_ADDRESS, ClientAddress.of(request));
        String userAgent = request.getHeader("User-Agent");
        MDC.put(ActivityContext.USER_AGENT, userAgent == null ? "" : userAgent);
        MDC.put(ActivityContext.METHOD, request.getMethod());
        MDC.put(ActivityContext.PATH, request.getRequestURI());
        String query = request.getQueryString();
        MDC.put(ActivityContext.QUERY, query == null ? "" : query);
        try {
            chain.doFilter(request, response);
        } finally {
            SET_HERE.forEach(MDC::remove);
        }
    }
}
