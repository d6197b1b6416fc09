package io.kamdesk.adapter.out.persistence.identity;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.AuthSessionRecord;
import io.kamdesk.domain.identity.Session;

/** Stored session row to domain session. */
final class SessionRowMapper {

    private SessionRowMapper() {
    }

    static Session toSession(AuthSessionRecord row) {
        return Session.restore(row.getId(), row.getUserId(), row.getRefreshTokenId(), row.getCreatedAt(),
                row.getRefreshedAt(), row.getExpiresAt(), row.getRevokedAt(), row.getRevokedReason(),
                row.getClientAddress(), row.getUserAgent());
    }
}
