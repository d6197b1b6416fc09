package io.kamdesk.application.identity.port.in.session;

import java.time.Instant;
import java.util.UUID;

/**
 * What the tokens of a session must say: the session, the one refresh token currently valid for it,
 * and how long each kind of token lives. The REST edge turns it into signed JWTs.
 */
public record SessionGrant(long userId, UUID sessionId, UUID refreshTokenId, Instant issuedAt,
        Instant accessExpiresAt, Instant refreshExpiresAt) {
}
