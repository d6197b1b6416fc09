package io.kamdesk.application.shared.testing;

import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Idempotency keys in memory, keeping {@code IdempotencyKeysContract} as the database does. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private final Map<String, StoredKey> keys = new ConcurrentHashMap<>();

    @Override
    public boolean insert(long userId, String key, String fingerprint, Instant now) {
        return keys.putIfAbsent(id(userId, key), new StoredKey(fingerprint, now, Optional.empty())) == null;
    }

    @Override
    public Optional<StoredKey> find(long userId, String key) {
        return Optional.ofNullable(keys.get(id(userId, key)));
    }

    @Override
    public boolean takeOver(long userId, String key, String fingerprint, Instant takenBefore, Instant now) {
        StoredKey[] taken = new StoredKey[1];
        keys.computeIfPresent(id(userId, key), (id, stored) -> {
            if (stored.createdAt().isBefore(takenBefore)) {
                taken[0] = new StoredKey(fingerprint, now, Optional.empty());
                return taken[0];
            }
            return stored;
        });
        return taken[0] != null;
    }

    @Override
    public void complete(long userId, String key, StoredAnswer answer, Instant now) {
        keys.computeIfPresent(id(userId, key), (id, stored) -> new StoredKey(stored.fingerprint(),
                stored.createdAt(), Optional.of(answer)));
    }

    @Override
    public void delete(long userId, String key) {
        keys.remove(id(userId, key));
    }

    @Override
    public int deleteCreatedBefore(Instant before) {
        int before0 = keys.size();
        keys.values().removeIf(stored -> stored.createdAt().isBefore(before));
        return before0 - keys.size();
    }

    private static String id(long userId, String key) {
        return userId + "\u0000" + key;
    }
}
