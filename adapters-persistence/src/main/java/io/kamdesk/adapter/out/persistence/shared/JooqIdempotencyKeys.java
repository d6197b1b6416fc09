package io.kamdesk.adapter.out.persistence.shared;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.IDEMPOTENCY_KEY;

import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys in PostgreSQL. Called outside any transaction, each statement commits on its own:
 * the insert that files a key is visible to every instance at once.
 *
 * <p>The two statements every keyed request runs are plain prepared statements on connections not
 * told the activity context (no trigger reads it here): what each costs is measured in
 * docs/benchmarks.md. Filing a key commits without waiting for the disk: if PostgreSQL stops before
 * the key reaches it, neither the request's own transaction nor the answer stored after it can have
 * reached it, since both wait for the log that follows it.
 */
@Repository
public class JooqIdempotencyKeys implements IdempotencyKeys {

    private static final String INSERT = """
            insert into idempotency_key (user_id, key, fingerprint, created_at)
            select ?, ?, ?, ? where set_config('synchronous_commit', 'off', true) is not null
            on conflict do nothing""";
    private static final String COMPLETE = """
            update idempotency_key set completed_at = ?, status = ?, content_type = ?, location = ?, body = ?
            where user_id = ? and key = ?""";

    private final DSLContext dsl;
    private final DataSource untold;

    public JooqIdempotencyKeys(DSLContext dsl, DataSource dataSource) {
        this.dsl = dsl;
        this.untold = ActivityContextDataSource.untold(dataSource);
    }

    @Override
    public boolean insert(long userId, String key, String fingerprint, Instant now) {
        try (Connection connection = untold.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, userId);
            insert.setString(2, key);
            insert.setString(3, fingerprint);
            insert.setObject(4, now.atOffset(ZoneOffset.UTC));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DataAccessException("could not file idempotency key", e);
        }
    }

    @Override
    public Optional<StoredKey> find(long userId, String key) {
        return dsl.selectFrom(IDEMPOTENCY_KEY)
                .where(IDEMPOTENCY_KEY.USER_ID.eq(userId)).and(IDEMPOTENCY_KEY.KEY.eq(key))
                .fetchOptional(row -> new StoredKey(row.getFingerprint(), row.getCreatedAt(),
                        Optional.ofNullable(row.getStatus()).map(status -> new StoredAnswer(status,
                                row.getContentType(), row.getLocation(), row.getBody() == null ? new byte[0]
                                : row.getBody()))));
    }

    @Override
    public boolean takeOver(long userId, String key, String fingerprint, Instant takenBefore, Instant now) {
        return dsl.update(IDEMPOTENCY_KEY)
                .set(IDEMPOTENCY_KEY.FINGERPRINT, fingerprint)
                .set(IDEMPOTENCY_KEY.CREATED_AT, now)
                .setNull(IDEMPOTENCY_KEY.COMPLETED_AT)
                .setNull(IDEMPOTENCY_KEY.STATUS)
                .setNull(IDEMPOTENCY_KEY.CONTENT_TYPE)
                .setNull(IDEMPOTENCY_KEY.LOCATION)
                .setNull(IDEMPOTENCY_KEY.BODY)
                .where(IDEMPOTENCY_KEY.USER_ID.eq(userId)).and(IDEMPOTENCY_KEY.KEY.eq(key))
                .and(IDEMPOTENCY_KEY.CREATED_AT.lt(takenBefore))
                .execute() == 1;
    }

    @Override
    public void complete(long userId, String key, StoredAnswer answer, Instant now) {
        try (Connection connection = untold.getConnection();
                PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
            complete.setObject(1, now.atOffset(ZoneOffset.UTC));
            complete.setInt(2, answer.status());
            complete.setString(3, answer.contentType());
            complete.setString(4, answer.location());
            complete.setBytes(5, answer.body());
            complete.setLong(6, userId);
            complete.setString(7, key);
            complete.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("could not store the answer of an idempotency key", e);
        }
    }

    @Override
    public void delete(long userId, String key) {
        dsl.deleteFrom(IDEMPOTENCY_KEY)
                .where(IDEMPOTENCY_KEY.USER_ID.eq(userId)).and(IDEMPOTENCY_KEY.KEY.eq(key))
                .execute();
    }

    @Override
    public int deleteCreatedBefore(Instant before) {
        return dsl.deleteFrom(IDEMPOTENCY_KEY).where(IDEMPOTENCY_KEY.CREATED_AT.lt(before)).execute();
    }
}
