package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.port.out.SecurityEvents;
import io.kamdesk.application.identity.port.out.SecurityAuditLog;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.Session;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way sessions are revoked: the session row and the event that tells every instance are
 * written in one transaction, then this instance applies the event at once.
 */
public final class SessionRevoker {

    private final SessionRepository sessions;
    private final SecurityEvents events;
    private final SecurityState state;
    private final SecurityAuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public SessionRevoker(SessionRepository sessions, SecurityEvents events, SecurityState state,
            SecurityAuditLog audit, Transactions transactions, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.state = state;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Revokes one session after {@code check} accepted it; an already revoked session is left as is.
     * An unknown session raises what {@code notFound} supplies.
     */
    public void revoke(UUID sessionId, String reason, Consumer<Session> check,
            Supplier<? extends RuntimeException> notFound) {
        List<SecurityEvent> published = transactions.inTransaction(() -> {
            Session session = sessions.findForUpdate(sessionId).orElseThrow(notFound);
            check.accept(session);
            if (session.revokedAt().isPresent()) {
                return List.of();
            }
            sessions.update(session.revoke(clock.instant(), reason));
            SecurityEvent event = SecurityEvent.sessionRevoked(session.userId(), session.id());
            events.publish(event);
            return List.of(event);
        });
        state.applyCommitted(published);
    }

    /**
     * Revokes every session of a user, inside the caller's transaction. Call
     * {@link #applyCommitted(List)} with the answer once that transaction has committed.
     */
    public List<SecurityEvent> revokeAllInTransaction(long userId, String reason) {
        return revokeAllExceptInTransaction(userId, null, reason);
    }

    /** As {@link #revokeAllInTransaction(long, String)}, keeping the session {@code keep}. */
    public List<SecurityEvent> revokeAllExceptInTransaction(long userId, UUID keep, String reason) {
        List<UUID> revoked = sessions.revokeAllOf(userId, keep, clock.instant(), reason);
        List<SecurityEvent> published = revoked.stream()
                .map(sessionId -> SecurityEvent.sessionRevoked(userId, sessionId))
                .toList();
        published.forEach(events::publish);
        if (!revoked.isEmpty()) {
            audit.sessionsRevoked(userId, revoked.size(), reason);
        }
        return published;
    }

    /** Records that a user's details, role or status changed, inside the caller's transaction. */
    public SecurityEvent userChangedInTransaction(long userId) {
        SecurityEvent event = SecurityEvent.userChanged(userId);
        events.publish(event);
        return event;
    }

    /** Records that roles changed, so every instance re-reads what their holders may do. */
    public SecurityEvent rolesChangedInTransaction() {
        SecurityEvent event = SecurityEvent.rolesChanged();
        events.publish(event);
        return event;
    }

    public void applyCommitted(List<SecurityEvent> committed) {
        state.applyCommitted(committed);
    }
}
