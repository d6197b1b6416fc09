package io.kamdesk.application.shared.port.out;

import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import java.time.Duration;
import java.time.Instant;

/**
 * Idempotency keys in the database every instance shares. Every method works inside the caller's
 * transaction: a key is held, run and filed with its answer in the transaction of the request it
 * guards, so the key's record and what the request wrote are committed together or not at all.
 */
public interface IdempotencyKeys {

    /**
     * Holds the key for the caller's transaction: no other transaction, here or on another instance,
     * holds it until this one ends. While another holds it, waits for that one to end, up to
     * {@code wait}. Says what the key's committed record is, once held.
     */
    KeyHold hold(long userId, String key, Duration wait);

    /**
     * Files the key's record with the request's answer, in place of any record it had. Only while the
     * caller's transaction holds the key, as its last write: the record may be written with the
     * transaction's commit, so nothing in the transaction reads it back.
     */
    void file(long userId, String key, String fingerprint, StoredAnswer answer, Instant filedAt);

    int deleteCreatedBefore(Instant before);

    /** What holding a key came to. */
    sealed interface KeyHold {
        /** The key is this transaction's, and no request has answered under it. */
        record Free() implements KeyHold {
        }

        /** The key is this transaction's; a committed request answered under it. */
        record Answered(StoredKey record) implements KeyHold {
        }

        /**
         * Another request still held the key when the wait ran out; the caller's transaction can only
         * be rolled back.
         */
        record Busy() implements KeyHold {
        }
    }

    /** A key's record: the request's fingerprint, when it was filed, and its answer. */
    record StoredKey(String fingerprint, Instant createdAt, StoredAnswer answer) {
    }
}
