package io.kamdesk.application.shared.port.out;

import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys in the database every instance shares, each write committed on its own (a key
 * outlives the transactions of the request it guards).
 */
public interface IdempotencyKeys {

    /** Files the key as running; false when the user has it already. */
    boolean insert(long userId, String key, String fingerprint, Instant now);

    Optional<StoredKey> find(long userId, String key);

    /**
     * Files the key anew for this request when its record is from before {@code takenBefore} (expired,
     * or a run that died without an answer); false when it is not, or another request was quicker.
     */
    boolean takeOver(long userId, String key, String fingerprint, Instant takenBefore, Instant now);

    void complete(long userId, String key, StoredAnswer answer, Instant now);

    void delete(long userId, String key);

    int deleteCreatedBefore(Instant before);

    /** A key's record: the request's fingerprint, when it was filed, and its answer once there is one. */
    record StoredKey(String fingerprint, Instant createdAt, Optional<StoredAnswer> answer) {
    }
}
