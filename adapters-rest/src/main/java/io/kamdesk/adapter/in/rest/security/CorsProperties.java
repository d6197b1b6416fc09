package io.kamdesk.adapter.in.rest.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
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
            "Content-Disposition", "Allow");

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    CorsConfigurationSource toConfigurationSource() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (allowedOrigins.isEmpty()) {
            return source;
        }
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOriginPatterns(allowedOrigins);
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "X-Request-Id"));
        configuration.setExposedHeaders(EXPOSED);
        configuration.setMaxAge(Duration.ofHours(1));
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }
}
