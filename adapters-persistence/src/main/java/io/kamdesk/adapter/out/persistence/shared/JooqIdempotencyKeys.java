package io.kamdesk.adapter.out.persistence.shared;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.IDEMPOTENCY_KEY;

import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys in PostgreSQL. Called outside any transaction, each statement commits on its own:
 * the insert that files a key is visible to every instance at once.
 */
@Repository
public class JooqIdempotencyKeys implements IdempotencyKeys {

    private final DSLContext dsl;

    public JooqIdempotencyKeys(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean insert(long userId, String key, String fingerprint, Instant now) {
        return dsl.insertInto(IDEMPOTENCY_KEY)
                .set(IDEMPOTENCY_KEY.USER_ID, userId)
                .set(IDEMPOTENCY_KEY.KEY, key)
                .set(IDEMPOTENCY_KEY.FINGERPRINT, fingerprint)
                .set(IDEMPOTENCY_KEY.CREATED_AT, now)
                .onConflictDoNothing()
                .execute() == 1;
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
        dsl.update(IDEMPOTENCY_KEY)
                .set(IDEMPOTENCY_KEY.COMPLETED_AT, now)
                .set(IDEMPOTENCY_KEY.STATUS, answer.status())
                .set(IDEMPOTENCY_KEY.CONTENT_TYPE, answer.contentType())
                .set(IDEMPOTENCY_KEY.LOCATION, answer.location())
                .set(IDEMPOTENCY_KEY.BODY, answer.body())
                .where(IDEMPOTENCY_KEY.USER_ID.eq(userId)).and(IDEMPOTENCY_KEY.KEY.eq(key))
                .execute();
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
