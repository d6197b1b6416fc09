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

    /**
     * Adds the slash to the path the client sent. Once the request is forwarded elsewhere, the
     * container reports the new path, which is left as it is.
     */
    private static final class SlashedRequest extends HttpServletRequestWrapper {

        private final String originalUri;

        SlashedRequest(HttpServletRequest request) {
            super(request);
            this.originalUri = request.getRequestURI();
        }

        private boolean unchanged() {
            return originalUri.equals(super.getRequestURI());
        }

        @Override
        public String getRequestURI() {
            return unchanged() ? super.getRequestURI() + "/" : super.getRequestURI();
        }

        @Override
        public StringBuffer getRequestURL() {
            return unchanged() ? super.getRequestURL().append('/') : super.getRequestURL();
        }

        @Override
        public String getServletPath() {
            String servletPath = super.getServletPath();
            return unchanged() && super.getPathInfo() == null ? servletPath + "/" : servletPath;
        }

        @Override
        public String getPathInfo() {
            String pathInfo = super.getPathInfo();
            return unchanged() && pathInfo != null ? pathInfo + "/" : pathInfo;
        }
    }
}
