package io.kamdesk.application.identity.testing;

import io.kamdesk.application.identity.port.in.session.ListSessionsQuery;
import io.kamdesk.application.identity.port.in.session.SessionSortField;
import io.kamdesk.application.identity.port.in.session.SessionView;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.domain.identity.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Sessions in a map, behaving as the SQL does: {@link #update} changes only the columns that can
 * change (token, times, revocation), and lists default to newest first with the id as tie-breaker.
 */
public final class InMemorySessionRepository implements SessionRepository, InMemoryTransactions.Participant {

    private static final List<SortOrder<SessionSortField>> DEFAULT_ORDERING =
            List.of(SortOrder.descending(SessionSortField.CREATED_AT));

    private final Map<UUID, Session> sessions = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Session session) {
        if (sessions.containsKey(session.id())) {
            throw new IllegalStateException("duplicate session id " + session.id());
        }
        sessions.put(session.id(), session);
    }

    @Override
    public synchronized Optional<Long> findOwner(UUID id) {
        return Optional.ofNullable(sessions.get(id)).map(Session::userId);
    }

    @Override
    public synchronized Optional<Session> findForUpdate(UUID id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized void update(Session session) {
        Session stored = sessions.get(session.id());
        if (stored == null) {
            return;
        }
        sessions.put(stored.id(), Session.restore(stored.id(), stored.userId(), session.refreshTokenId(),
                stored.createdAt(), session.refreshedAt(), session.expiresAt(), session.revokedAt().orElse(null),
                session.revokedReason().orElse(null), stored.clientAddress(), stored.userAgent()));
    }

    @Override
    public synchronized List<UUID> revokeAllOf(long userId, UUID keep, Instant now, String reason) {
        List<UUID> revoked = new ArrayList<>();
        for (Session session : List.copyOf(sessions.values())) {
            if (session.userId() == userId && !session.id().equals(keep) && session.revokedAt().isEmpty()
                    && session.expiresAt().isAfter(now)) {
                sessions.put(session.id(), session.revoke(now, reason));
                revoked.add(session.id());
            }
        }
        return revoked;
    }

    @Override
    public synchronized void purgeEndedBefore(Instant before) {
        sessions.values().removeIf(session -> session.expiresAt().isBefore(before)
                || session.revokedAt().map(revoked -> revoked.isBefore(before)).orElse(false));
    }

    @Override
    public void list(ListSessionsQuery query, Instant now, ResultSink<SessionView> sink) {
        List<Session> matching;
        synchronized (this) {
            matching = sessions.values().stream()
                    .filter(session -> session.userId() == query.viewer().userId())
                    .filter(session -> query.active().map(wanted -> session.isActive(now) == wanted).orElse(true))
                    .filter(session -> query.spec().search().map(text -> matches(session, text)).orElse(true))
                    .sorted(ordering(query.spec().ordering()))
                    .toList();
        }
        sink.total(matching.size());
        Stream<Session> page = query.spec().page()
                .map(p -> matching.stream().skip(p.offset()).limit(p.size()))
                .orElseGet(matching::stream);
        page.forEach(session -> sink.item(toView(session, query.currentSessionId(), now)));
    }

    /** What the schema's cascade does when a user is deleted: their sessions go with them. */
    public synchronized void deleteAllOf(long userId) {
        sessions.values().removeIf(session -> session.userId() == userId);
    }

    /** Test set-up and assertions: the stored session. */
    public synchronized Optional<Session> find(UUID id) {
        return Optional.ofNullable(sessions.get(id));
    }

    public synchronized List<Session> all() {
        return List.copyOf(sessions.values());
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, Session> copy = new LinkedHashMap<>(sessions);
        return () -> {
            synchronized (this) {
                sessions.clear();
                sessions.putAll(copy);
            }
        };
    }

    private static boolean matches(Session session, String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        return session.clientAddress().toLowerCase(Locale.ROOT).contains(folded)
                || session.userAgent().toLowerCase(Locale.ROOT).contains(folded);
    }

    private static Comparator<Session> ordering(List<SortOrder<SessionSortField>> requested) {
        List<SortOrder<SessionSortField>> orders = requested.isEmpty() ? DEFAULT_ORDERING : requested;
        Comparator<Session> comparator = (a, b) -> 0;
        for (SortOrder<SessionSortField> order : orders) {
            Comparator<Session> byField = Comparator.comparing(column(order.field()));
            comparator = comparator.thenComparing(order.descending() ? byField.reversed() : byField);
        }
        // PostgreSQL orders uuids by their bytes, which is the order of their lower-case text
        return comparator.thenComparing(session -> session.id().toString());
    }

    private static Function<Session, Instant> column(SessionSortField field) {
        return switch (field) {
            case CREATED_AT -> Session::createdAt;
            case REFRESHED_AT -> Session::refreshedAt;
            case EXPIRES_AT -> Session::expiresAt;
        };
    }

    private static SessionView toView(Session session, UUID currentSessionId, Instant now) {
        return new SessionView(session.id(), session.createdAt(), session.refreshedAt(), session.expiresAt(),
                session.revokedAt().orElse(null), session.revokedReason().orElse(null), session.clientAddress(),
                session.userAgent(), session.isActive(now), session.id().equals(currentSessionId));
    }
}
