package io.kamdesk.adapter.out.persistence.shared;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.IDEMPOTENCY_KEY;

import io.kamdesk.adapter.out.persistence.shared.ActivityContextDataSource.ContextSettings;
import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys in PostgreSQL, in the caller's transaction (the request's own).
 *
 * <p>Holding a key takes a transaction-scoped advisory lock on the user and key, then reads the key's
 * record in a statement of its own, whose snapshot sees what the previous holder committed. When no one
 * holds the key, which is nearly always, both go in one round trip of two plain statements, the first
 * also carrying the request's activity context, which the connection would otherwise send in a round
 * trip of its own. Only a key held by another request takes a second round trip: a call of
 * {@code idempotency_key_hold} (changesets 020 and 022), which waits under a {@code lock_timeout} set
 * for that wait alone. Filing is one insert of the whole record, sent with the transaction's commit in the same
 * round trip. So a keyed request makes as many round trips as the same request without a key: what it
 * costs is measured in docs/benchmarks.md.
 */
@Repository
public class JooqIdempotencyKeys implements IdempotencyKeys {

    /**
     * Two statements in one round trip: the first takes the key's lock if no one holds it (and sets the
     * activity context's settings it is given), the second, with a snapshot of its own taken after,
     * reads the key's record.
     */
    private static final String TAKE_IF_FREE = "select pg_try_advisory_xact_lock(1768188772, hashtext(?::bigint || "
            + "':' || ?))";
    private static final String THEN_READ = """
            ;
            select fingerprint, created_at, status, content_type, location, body
            from idempotency_key where user_id = ? and key = ?""";
    private static final String WAIT_AND_HOLD = """
            select fingerprint, created_at, status, content_type, location, body
            from idempotency_key_hold(?, ?, ?)""";
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
            try {
                Optional<KeyHold> free = holdIfFree(connection, userId, key);
                return free.isPresent() ? free.get() : waitAndHold(connection, userId, key, wait);
            } catch (SQLException e) {
                if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    return new KeyHold.Busy();
                }
                throw new DataAccessException("could not hold idempotency key", e);
            }
        });
    }

    /** The key's hold, unless another request holds it. */
    private static Optional<KeyHold> holdIfFree(Connection connection, long userId, String key)
            throws SQLException {
        ContextSettings untold = ActivityContextDataSource.takeUntold(connection);
        String sql = TAKE_IF_FREE + (untold.names().isEmpty() ? "" : ", " + untold.setters()) + THEN_READ;
        try (PreparedStatement hold = connection.prepareStatement(sql)) {
            hold.setLong(1, userId);
            hold.setString(2, key);
            int last = untold.bind(hold, 2);
            hold.setLong(last + 1, userId);
            hold.setString(last + 2, key);
            hold.execute();
            boolean held;
            try (ResultSet taken = hold.getResultSet()) {
                held = taken.next() && taken.getBoolean(1);
            }
            hold.getMoreResults();
            try (ResultSet record = hold.getResultSet()) {
                return held ? Optional.of(answered(record)) : Optional.empty();
            }
        }
    }

    /**
     * Waits for the key (the wait bounded by a {@code lock_timeout} set for it alone) and reads its record
     * once held, in one call of {@code idempotency_key_hold} (changesets 020 and 022).
     */
    private static KeyHold waitAndHold(Connection connection, long userId, String key, Duration wait)
            throws SQLException {
        try (PreparedStatement hold = connection.prepareStatement(WAIT_AND_HOLD)) {
            hold.setLong(1, userId);
            hold.setString(2, key);
            // 0 would mean no limit at all
            hold.setString(3, Math.max(1, wait.toMillis()) + "ms");
            try (ResultSet record = hold.executeQuery()) {
                return answered(record);
            }
        }
    }

    private static KeyHold answered(ResultSet record) throws SQLException {
        return record.next() ? new KeyHold.Answered(storedKey(record)) : new KeyHold.Free();
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
