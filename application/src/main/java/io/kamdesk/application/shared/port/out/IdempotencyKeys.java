package io.kamdesk.application.shared.port.out;

import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys in the database every instance shares. Every method writes inside the caller's
 * transaction: a key is filed, run and answered in the transaction of the request it guards, so the
 * key and what the request wrote are committed together or not at all.
 */
public interface IdempotencyKeys {

    /**
     * Files the key as this request's. While another transaction holds the key (its request is still
     * running, here or on another instance), waits for it to end, up to {@code wait}.
     */
    KeyClaim claim(long userId, String key, String fingerprint, Instant now, Duration wait);

    Optional<StoredKey> find(long userId, String key);

    /**
     * Files the key anew for this request when its record is from before {@code takenBefore} (an
     * expired key); false when it is not.
     */
    boolean takeOver(long userId, String key, String fingerprint, Instant takenBefore, Instant now);

    void complete(long userId, String key, StoredAnswer answer, Instant now);

    int deleteCreatedBefore(Instant before);

    /** What filing a key came to. */
    enum KeyClaim {
        /** The key is this request's now. */
        FILED,
        /** A committed request has the key: its record says what to answer. */
        TAKEN,
        /**
         * Another request still held the key when the wait ran out; the caller's transaction can only
         * be rolled back.
         */
        BUSY
    }

    /** A key's record: the request's fingerprint, when it was filed, and its answer once there is one. */
    record StoredKey(String fingerprint, Instant createdAt, Optional<StoredAnswer> answer) {
    }
}
