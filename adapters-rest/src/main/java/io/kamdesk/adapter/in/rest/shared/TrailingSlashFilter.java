package io.kamdesk.adapter.in.rest.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's paths end with a slash; a client that leaves it off reaches the same handler under the
 * same security rule, because the path is completed here, before security and routing see it. No
 * redirect is sent: a redirected POST would lose its body.
 */
public class TrailingSlashFilter extends OncePerRequestFilter {

    private static final String API_PREFIX = "/api/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(API_PREFIX) && !path.endsWith("/")) {
            chain.doFilter(new SlashedRequest(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class SlashedRequest extends HttpServletRequestWrapper {

        SlashedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRequestURI() {
            return super.getRequestURI() + "/";
        }

        @Override
        public StringBuffer getRequestURL() {
            return super.getRequestURL().append('/');
        }

        @Override
        public String getServletPath() {
            String servletPath = super.getServletPath();
            return super.getPathInfo() == null ? servletPath + "/" : servletPath;
        }

        @Override
        public String getPathInfo() {
            String pathInfo = super.getPathInfo();
            return pathInfo == null ? null : pathInfo + "/";
        }
    }
}
