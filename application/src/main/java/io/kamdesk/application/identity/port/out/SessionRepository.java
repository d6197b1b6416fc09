package io.kamdesk.application.identity.port.out;

import io.kamdesk.application.identity.port.in.session.ListSessionsQuery;
import io.kamdesk.application.identity.port.in.session.SessionView;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Session;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored sessions (token families). */
public interface SessionRepository {

    void insert(Session session);

    /** The user a session belongs to; empty when there is no such session (never was, or purged). */
    Optional<Long> findOwner(UUID id);

    /** Reads a session and locks it until the transaction ends, so two refreshes cannot both win. */
    Optional<Session> findForUpdate(UUID id);

    void update(Session session);

    /**
     * Revokes every session of the user that could still have live tokens, except {@code keep}
     * (null: none kept), and answers their ids.
     */
    List<UUID> revokeAllOf(long userId, UUID keep, Instant now, String reason);

    void list(ListSessionsQuery query, Instant now, ResultSink<SessionView> sink);

    /** Deletes sessions that were revoked or expired before {@code before}. */
    void purgeEndedBefore(Instant before);
}
