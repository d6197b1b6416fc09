package io.kamdesk.adapter.in.rest.security;

import io.kamdesk.adapter.in.rest.shared.ApiErrorWriter;
import io.kamdesk.adapter.in.rest.shared.ApiErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 raised by the security filters, in the API's error format. */
public final class JsonSecurityErrorHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ApiErrorWriter writer;

    public JsonSecurityErrorHandlers(ApiErrorWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        if (authException instanceof OAuth2AuthenticationException) {
            writer.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    ApiErrors.body("Given token not valid for any token type", "token_not_valid"));
        } else {
            writer.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    ApiErrors.body("Authentication credentials were not provided.", "not_authenticated"));
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        writer.write(response, HttpServletResponse.SC_FORBIDDEN,
                ApiErrors.body("You do not have permission to perform this action.", "permission_denied"));
    }
}
