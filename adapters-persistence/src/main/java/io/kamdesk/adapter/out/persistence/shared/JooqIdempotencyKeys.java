package io.kamdesk.adapter.out.persistence.shared;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.IDEMPOTENCY_KEY;

import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys in PostgreSQL, written in the caller's transaction (the request's own).
 *
 * <p>Filing a key is one statement that also bounds its wait: while another transaction holds the
 * key, PostgreSQL makes the insert wait for it to end, and {@code lock_timeout}, set for the
 * transaction just before the row is tried, ends that wait; once the key is filed the statement puts
 * the previous timeout back, so the request's own statements wait as they always do. When the key is
 * found taken the timeout stays for the rest of the transaction, which only reads and answers the key.
 * The two statements every keyed request runs are plain prepared statements: what they cost is
 * measured in docs/benchmarks.md.
 */
@Repository
public class JooqIdempotencyKeys implements IdempotencyKeys {

    private static final String CLAIM = """
            with previous as (select current_setting('lock_timeout') as lock_timeout)
            insert into idempotency_key (user_id, key, fingerprint, created_at)
            select ?, ?, ?, ? from previous where set_config('lock_timeout', ?, true) is not null
            on conflict do nothing
            returning (select set_config('lock_timeout', lock_timeout, true) from previous)""";
    private static final String COMPLETE = """
            update idempotency_key set completed_at = ?, status = ?, content_type = ?, location = ?, body = ?
            where user_id = ? and key = ?""";
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final DSLContext dsl;

    public JooqIdempotencyKeys(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public KeyClaim claim(long userId, String key, String fingerprint, Instant now, Duration wait) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setLong(1, userId);
                claim.setString(2, key);
                claim.setString(3, fingerprint);
                claim.setObject(4, now.atOffset(ZoneOffset.UTC));
                // 0 would mean no limit at all
                claim.setString(5, Math.max(1, wait.toMillis()) + "ms");
                try (ResultSet filed = claim.executeQuery()) {
                    return filed.next() ? KeyClaim.FILED : KeyClaim.TAKEN;
                }
            } catch (SQLException e) {
                if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    return KeyClaim.BUSY;
                }
                throw new DataAccessException("could not file idempotency key", e);
            }
        });
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
        dsl.connection(connection -> {
            try (PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
                complete.setObject(1, now.atOffset(ZoneOffset.UTC));
                complete.setInt(2, answer.status());
                complete.setString(3, answer.contentType());
                complete.setString(4, answer.location());
                complete.setBytes(5, answer.body());
                complete.setLong(6, userId);
                complete.setString(7, key);
                complete.executeUpdate();
            }
        });
    }

    @Override
    public int deleteCreatedBefore(Instant before) {
        return dsl.deleteFrom(IDEMPOTENCY_KEY).where(IDEMPOTENCY_KEY.CREATED_AT.lt(before)).execute();
    }
}
