package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.session.SessionGrant;
import io.kamdesk.domain.identity.Session;
import java.time.Instant;

/** Builds the grant for a session's current refresh token. */
final class Grants {

    private Grants() {
    }

    static SessionGrant of(Session session, Instant now, SessionSettings settings) {
        return new SessionGrant(session.userId(), session.id(), session.refreshTokenId(), now,
                now.plus(settings.accessTokenLifetime()), session.expiresAt());
    }
}
