package io.kamdesk.application.identity.port.in.session;

import java.time.Instant;
import java.util.UUID;

/** One login as the session list shows it. */
public record SessionView(UUID id, Instant createdAt, Instant refreshedAt, Instant expiresAt, Instant revokedAt,
        String revokedReason, String clientAddress, String userAgent, boolean active, boolean current) {
}
