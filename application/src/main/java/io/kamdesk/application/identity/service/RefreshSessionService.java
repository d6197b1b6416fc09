package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.session.RefreshSessionCommand;
import io.kamdesk.application.identity.port.in.session.RefreshSessionUseCase;
import io.kamdesk.application.identity.port.in.session.SessionGrant;
import io.kamdesk.application.identity.port.out.SecurityAuditLog;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.RefreshTokenReusedException;
import io.kamdesk.domain.identity.Session;
import io.kamdesk.domain.identity.SessionEndedException;
import io.kamdesk.domain.identity.User;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Rotates refresh tokens. A reused token revokes its whole session: the revocation is committed
 * before the caller is refused, so a thief cannot keep the session by making the request fail.
 */
public final class RefreshSessionService implements RefreshSessionUseCase {

    private final SessionRepository sessions;
    private final UserRepository users;
    private final SessionRevoker revoker;
    private final SecurityAuditLog audit;
    private final Transactions transactions;
    private final SessionSettings settings;
    private final Clock clock;

    public RefreshSessionService(SessionRepository sessions, UserRepository users, SessionRevoker revoker,
            SecurityAuditLog audit, Transactions transactions, SessionSettings settings, Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.revoker = revoker;
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public SessionGrant refresh(RefreshSessionCommand command) {
        Instant now = clock.instant();
        try {
            return transactions.inTransaction(() -> rotate(command, now));
        } catch (RefreshTokenReusedException reuse) {
            revoker.revoke(reuse.sessionId(), "refresh token reused", session -> { }, SessionEndedException::new);
            audit.refreshTokenReused(reuse.userId(), reuse.sessionId());
            throw reuse;
        }
    }

    private SessionGrant rotate(RefreshSessionCommand command, Instant now) {
        Session session = sessions.findForUpdate(command.sessionId()).orElseThrow(SessionEndedException::new);
        if (!ownerIsActive(session)) {
            throw new SessionEndedException();
        }
        Session rotated = session.rotate(command.refreshTokenId(), UUID.randomUUID(), now,
                settings.refreshTokenLifetime());
        sessions.update(rotated);
        return Grants.of(rotated, now, settings);
    }

    private boolean ownerIsActive(Session session) {
        return users.findById(session.userId()).map(User::isActive).orElse(false);
    }
}
