package io.kamdesk.application.identity.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A change that affects the authentication of requests. {@code occurredAt} is set by the database
 * when published (null before).
 */
public record SecurityEvent(Kind kind, Long userId, UUID sessionId, Instant occurredAt) {

    public enum Kind {
        SESSION_REVOKED,
        USER_CHANGED,
        ROLES_CHANGED
    }

    public SecurityEvent {
        Objects.requireNonNull(kind);
    }

    public static SecurityEvent sessionRevoked(long userId, UUID sessionId) {
        return new SecurityEvent(Kind.SESSION_REVOKED, userId, sessionId, null);
    }

    public static SecurityEvent userChanged(long userId) {
        return new SecurityEvent(Kind.USER_CHANGED, userId, null, null);
    }

    public static SecurityEvent rolesChanged() {
        return new SecurityEvent(Kind.ROLES_CHANGED, null, null, null);
    }
}
