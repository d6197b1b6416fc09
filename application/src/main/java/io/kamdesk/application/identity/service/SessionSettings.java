package io.kamdesk.application.identity.service;

import java.time.Duration;
import java.util.Objects;

/** How long access and refresh tokens live. */
public record SessionSettings(Duration accessTokenLifetime, Duration refreshTokenLifetime) {

    public SessionSettings {
        Objects.requireNonNull(accessTokenLifetime);
        Objects.requireNonNull(refreshTokenLifetime);
        if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()) {
            throw new IllegalArgumentException("the access token lifetime must be positive");
        }
        if (refreshTokenLifetime.compareTo(accessTokenLifetime) < 0) {
            throw new IllegalArgumentException("refresh tokens must live at least as long as access tokens");
        }
    }

    public static SessionSettings standard() {
        return new SessionSettings(Duration.ofMinutes(15), Duration.ofDays(7));
    }
}
