package io.kamdesk.adapter.out.persistence.shared;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.IDEMPOTENCY_KEY;

import io.kamdesk.adapter.out.persistence.shared.ActivityContextDataSource.ContextSettings;
import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys in PostgreSQL, in the caller's transaction (the request's own).
 *
 * <p>Holding a key is one call of {@code idempotency_key_hold} (changesets 020 and 022): a
 * transaction-scoped advisory lock on the user and key, waited for under a {@code lock_timeout} set for
 * that wait only, then a read of the key's record that sees what the previous holder committed. As the
 * request's first statement it also carries the request's activity context, which the connection would
 * otherwise send in a round trip of its own. Filing is one insert of the whole record, sent with the
 * transaction's commit in the same round trip. So a keyed request makes as many round trips as the same
 * request without a key: what it costs is measured in docs/benchmarks.md.
 */
@Repository
public class JooqIdempotencyKeys implements IdempotencyKeys {

    private static final String HOLD = """
            select fingerprint, created_at, status, content_type, location, body
            from idempotency_key_hold(?, ?, ?, ?, ?)""";
    private static final String FILE = """
            insert into idempotency_key (user_id, key, fingerprint, created_at, completed_at, status, content_type,
                location, body)
            values (?, ?, ?, ?, clock_timestamp(), ?, ?, ?, ?)
            on conflict (user_id, key) do update set fingerprint = excluded.fingerprint,
                created_at = excluded.created_at, completed_at = excluded.completed_at, status = excluded.status,
                content_type = excluded.content_type, location = excluded.location, body = excluded.body""";
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final DSLContext dsl;

    public JooqIdempotencyKeys(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public KeyHold hold(long userId, String key, Duration wait) {
        return dsl.connectionResult(connection -> {
            ContextSettings untold = ActivityContextDataSource.takeUntold(connection);
            try (PreparedStatement hold = connection.prepareStatement(HOLD)) {
                hold.setLong(1, userId);
                hold.setString(2, key);
                // 0 would mean no limit at all
                hold.setString(3, Math.max(1, wait.toMillis()) + "ms");
                hold.setArray(4, connection.createArrayOf("text", untold.names().toArray()));
                hold.setArray(5, connection.createArrayOf("text", untold.values().toArray()));
                try (ResultSet record = hold.executeQuery()) {
                    return record.next() ? new KeyHold.Answered(storedKey(record)) : new KeyHold.Free();
                }
            } catch (SQLException e) {
                if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    return new KeyHold.Busy();
                }
                throw new DataAccessException("could not hold idempotency key", e);
            }
        });
    }

    private static StoredKey storedKey(ResultSet record) throws SQLException {
        byte[] body = record.getBytes("body");
        return new StoredKey(record.getString("fingerprint"),
                record.getObject("created_at", OffsetDateTime.class).toInstant(),
                new StoredAnswer(record.getInt("status"), record.getString("content_type"),
                        record.getString("location"), body == null ? new byte[0] : body));
    }

    @Override
    public void file(long userId, String key, String fingerprint, StoredAnswer answer, Instant filedAt) {
        dsl.connection(connection -> CommitCarryingDataSource.sendWithCommit(connection, FILE, file -> {
            file.setLong(1, userId);
            file.setString(2, key);
            file.setString(3, fingerprint);
            file.setObject(4, filedAt.atOffset(ZoneOffset.UTC));
            file.setInt(5, answer.status());
            file.setString(6, answer.contentType());
            file.setString(7, answer.location());
            file.setBytes(8, answer.body());
        }));
    }

    @Override
    public int deleteCreatedBefore(Instant before) {
        return dsl.deleteFrom(IDEMPOTENCY_KEY).where(IDEMPOTENCY_KEY.CREATED_AT.lt(before)).execute();
    }
}
