package io.kamdesk.adapter.in.rest.security;

import io.kamdesk.adapter.in.rest.shared.ApiErrorWriter;
import io.kamdesk.adapter.in.rest.shared.ApiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Which browser origins may call the API (a frontend served from another host or port). Empty, the
 * default, allows none: same-origin deployments need nothing.
 *
 * @param allowedOrigins origins such as {@code https://crm.example.com}; patterns like
 *     {@code https://*.example.com} are allowed
 */
@ConfigurationProperties("kamdesk.api.cors")
public record CorsProperties(List<String> allowedOrigins) {

    private static final List<String> EXPOSED = List.of("X-Total-Count", "X-Request-Id", "Retry-After",
            "Content-Disposition", "Allow", "Location", "Idempotent-Replayed");

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    /** The CORS filter; a refused cross-origin request gets the API's JSON error body. */
    CorsFilter toCorsFilter(ApiErrorWriter errors) {
        CorsFilter filter = new CorsFilter(toConfigurationSource());
        filter.setCorsProcessor(new DefaultCorsProcessor() {
            @Override
            protected void rejectRequest(ServerHttpResponse response) throws IOException {
                if (response instanceof ServletServerHttpResponse servlet) {
                    errors.write(servlet.getServletResponse(), HttpServletResponse.SC_FORBIDDEN,
                            ApiErrors.body("This origin may not call the API.", "cors_rejected"));
                } else {
                    super.rejectRequest(response);
                }
            }
        });
        return filter;
    }

    CorsConfigurationSource toConfigurationSource() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (allowedOrigins.isEmpty()) {
            return source;
        }
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOriginPatterns(allowedOrigins);
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "X-Request-Id",
                "Idempotency-Key"));
        configuration.setExposedHeaders(EXPOSED);
        configuration.setMaxAge(Duration.ofHours(1));
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }
}
