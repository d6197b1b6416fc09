package io.kamdesk.adapter.out.persistence.identity;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.AUTH_SESSION;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.AuthSessionRecord;
import io.kamdesk.adapter.out.persistence.shared.ListQueries;
import io.kamdesk.application.identity.port.in.session.ListSessionsQuery;
import io.kamdesk.application.identity.port.in.session.SessionSortField;
import io.kamdesk.application.identity.port.in.session.SessionView;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.identity.Session;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class JooqSessionRepository implements SessionRepository {

    private static final Map<SessionSortField, Field<?>> SORTABLE = Map.of(
            SessionSortField.CREATED_AT, AUTH_SESSION.CREATED_AT,
            SessionSortField.REFRESHED_AT, AUTH_SESSION.REFRESHED_AT,
            SessionSortField.EXPIRES_AT, AUTH_SESSION.EXPIRES_AT);

    private final DSLContext dsl;
    private final ListQueries lists;

    public JooqSessionRepository(DSLContext dsl, ListQueries lists) {
        this.dsl = dsl;
        this.lists = lists;
    }

    @Override
    public void insert(Session session) {
        AuthSessionRecord row = dsl.newRecord(AUTH_SESSION);
        write(session, row);
        row.setId(session.id());
        row.setUserId(session.userId());
        row.setCreatedAt(session.createdAt());
        row.setClientAddress(session.clientAddress());
        row.setUserAgent(session.userAgent());
        row.insert();
    }

    @Override
    public Optional<Long> findOwner(UUID id) {
        return dsl.select(AUTH_SESSION.USER_ID).from(AUTH_SESSION).where(AUTH_SESSION.ID.eq(id))
                .fetchOptional(AUTH_SESSION.USER_ID);
    }

    @Override
    public Optional<Session> findForUpdate(UUID id) {
        return dsl.selectFrom(AUTH_SESSION).where(AUTH_SESSION.ID.eq(id)).forUpdate().fetchOptional()
                .map(SessionRowMapper::toSession);
    }

    @Override
    public void update(Session session) {
        AuthSessionRecord row = dsl.newRecord(AUTH_SESSION);
        write(session, row);
        dsl.update(AUTH_SESSION).set(row).where(AUTH_SESSION.ID.eq(session.id())).execute();
    }

    private static void write(Session session, AuthSessionRecord row) {
        row.setRefreshTokenId(session.refreshTokenId());
        row.setRefreshedAt(session.refreshedAt());
        row.setExpiresAt(session.expiresAt());
        row.setRevokedAt(session.revokedAt().orElse(null));
        row.setRevokedReason(session.revokedReason().orElse(null));
    }

    @Override
    public List<UUID> revokeAllOf(long userId, UUID keep, Instant now, String reason) {
        return dsl.update(AUTH_SESSION)
                .set(AUTH_SESSION.REVOKED_AT, now)
                .set(AUTH_SESSION.REVOKED_REASON, reason)
                .where(AUTH_SESSION.USER_ID.eq(userId))
                .and(keep == null ? DSL.noCondition() : AUTH_SESSION.ID.ne(keep))
                .and(AUTH_SESSION.REVOKED_AT.isNull())
                .and(AUTH_SESSION.EXPIRES_AT.gt(now))
                .returning(AUTH_SESSION.ID)
                .fetch(AUTH_SESSION.ID);
    }

    @Override
    public void list(ListSessionsQuery query, Instant now, ResultSink<SessionView> sink) {
        Condition active = AUTH_SESSION.REVOKED_AT.isNull().and(AUTH_SESSION.EXPIRES_AT.gt(now));
        Condition activeFilter = query.active()
                .map(wanted -> wanted ? active : DSL.not(active))
                .orElse(DSL.noCondition());
        var select = dsl.selectFrom(AUTH_SESSION)
                .where(AUTH_SESSION.USER_ID.eq(query.viewer().userId()))
                .and(activeFilter)
                .and(ListQueries.search(query.spec(), AUTH_SESSION.CLIENT_ADDRESS, AUTH_SESSION.USER_AGENT));
        var ordering = ListQueries.ordering(query.spec(), SORTABLE,
                List.of(SortOrder.descending(SessionSortField.CREATED_AT)), AUTH_SESSION.ID);
        lists.stream(select, ordering, query.spec(), row -> toView(row, query.currentSessionId(), now), sink);
    }

    @Override
    public void purgeEndedBefore(Instant before) {
        dsl.deleteFrom(AUTH_SESSION)
                .where(AUTH_SESSION.REVOKED_AT.lt(before))
                .or(AUTH_SESSION.EXPIRES_AT.lt(before))
                .execute();
    }

    private static SessionView toView(AuthSessionRecord row, UUID currentSessionId, Instant now) {
        Session session = SessionRowMapper.toSession(row);
        return new SessionView(session.id(), session.createdAt(), session.refreshedAt(), session.expiresAt(),
                session.revokedAt().orElse(null), session.revokedReason().orElse(null), session.clientAddress(),
                session.userAgent(), session.isActive(now), session.id().equals(currentSessionId));
    }
}
