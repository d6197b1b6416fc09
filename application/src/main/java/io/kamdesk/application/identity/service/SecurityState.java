package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.session.ResolveViewerQuery;
import io.kamdesk.application.identity.port.in.session.ResolveViewerUseCase;
import io.kamdesk.application.identity.port.in.session.SynchronizeSecurityStateUseCase;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.port.out.SecurityEvents;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.identity.port.out.ViewerLookup;
import io.kamdesk.domain.identity.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * This instance's memory of revoked sessions and of what each user may do, so that checking a
 * request costs no database round trip.
 *
 * <p>Every instance polls the shared {@link SecurityEvents} log. Each poll re-reads a margin of
 * already-seen time, because an event becomes visible only when its transaction commits, which can
 * be after a later event was seen; applying an event twice is harmless. A revoked session is
 * remembered as long as one of its access tokens could still be valid.
 */
public final class SecurityState implements ResolveViewerUseCase, SynchronizeSecurityStateUseCase {

    /** Longest time a transaction is expected to take between writing an event and committing it. */
    static final Duration COMMIT_MARGIN = Duration.ofSeconds(30);
    private static final int MAX_CACHED_VIEWERS = 50_000;
    private static final int MAX_CACHED_SESSIONS = 200_000;

    private final SecurityEvents events;
    private final ViewerLookup viewerLookup;
    private final SessionRepository sessions;
    private final SessionSettings settings;
    private final ConcurrentMap<UUID, Instant> revokedSessions = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Optional<Viewer>> viewers = new ConcurrentHashMap<>();
    private final ConcurrentMap<UUID, Optional<Long>> sessionOwners = new ConcurrentHashMap<>();
    private volatile Instant newestSeen;

    public SecurityState(SecurityEvents events, ViewerLookup viewerLookup, SessionRepository sessions,
            SessionSettings settings) {
        this.events = events;
        this.viewerLookup = viewerLookup;
        this.sessions = sessions;
        this.settings = settings;
    }

    /**
     * The viewer a verified access token stands for, unless its session was revoked, or is not a
     * session of the token's user at all (such a token could never be revoked). A session's owner
     * never changes, so it is looked up once and remembered, like an unknown session.
     */
    @Override
    public Optional<Viewer> resolve(ResolveViewerQuery claims) {
        if (revokedSessions.containsKey(claims.sessionId()) || !belongsTo(claims.sessionId(), claims.userId())) {
            return Optional.empty();
        }
        if (viewers.size() > MAX_CACHED_VIEWERS) {
            viewers.clear();
        }
        return viewers.computeIfAbsent(claims.userId(), viewerLookup::findActiveViewer);
    }

    private boolean belongsTo(UUID sessionId, long userId) {
        if (sessionOwners.size() > MAX_CACHED_SESSIONS) {
            sessionOwners.clear();
        }
        return sessionOwners.computeIfAbsent(sessionId, sessions::findOwner)
                .filter(owner -> owner == userId)
                .isPresent();
    }

    @Override
    public synchronized void synchronize() {
        Instant seen = newestSeen;
        List<SecurityEvent> batch = seen == null
                ? events.recent(settings.accessTokenLifetime().plus(COMMIT_MARGIN))
                : events.after(seen.minus(COMMIT_MARGIN));
        applyCommitted(batch);
        forgetExpiredRevocations();
    }

    /** Applies events this instance has just committed itself, without waiting for the next poll. */
    public void applyCommitted(Collection<SecurityEvent> committed) {
        for (SecurityEvent event : committed) {
            apply(event);
            if (event.occurredAt() != null && (newestSeen == null || event.occurredAt().isAfter(newestSeen))) {
                newestSeen = event.occurredAt();
            }
        }
    }

    private void apply(SecurityEvent event) {
        switch (event.kind()) {
            case SESSION_REVOKED -> revokedSessions.put(event.sessionId(),
                    event.occurredAt() == null ? Instant.MAX : event.occurredAt());
            case USER_CHANGED -> viewers.remove(event.userId());
            case ROLES_CHANGED -> viewers.clear();
        }
    }

    private void forgetExpiredRevocations() {
        Instant seen = newestSeen;
        if (seen == null) {
            return;
        }
        Instant horizon = seen.minus(settings.accessTokenLifetime()).minus(COMMIT_MARGIN);
        revokedSessions.values().removeIf(revokedAt -> revokedAt.isBefore(horizon));
    }
}
