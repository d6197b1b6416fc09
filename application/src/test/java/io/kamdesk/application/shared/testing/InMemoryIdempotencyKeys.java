package io.kamdesk.application.shared.testing;

import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Idempotency keys in memory, keeping {@code IdempotencyKeysContract} as the database does. Enlisted
 * in {@link InMemoryTransactions}, a rolled-back request takes its key's record with it; a key
 * {@linkplain #heldByAnotherRequest held by another request} stands for a request still running in a
 * transaction of its own, which a hold finds busy.
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys, InMemoryTransactions.Participant {

    private final Map<String, StoredKey> keys = new ConcurrentHashMap<>();
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    /** Another request's open transaction holds the key and keeps it. */
    public void heldByAnotherRequest(long userId, String key) {
        held.add(id(userId, key));
    }

    /** The key's record, as a test looks at it. */
    public Optional<StoredKey> find(long userId, String key) {
        return Optional.ofNullable(keys.get(id(userId, key)));
    }

    @Override
    public KeyHold hold(long userId, String key, Duration wait) {
        if (held.contains(id(userId, key))) {
            return new KeyHold.Busy();
        }
        return find(userId, key).<KeyHold>map(KeyHold.Answered::new).orElseGet(KeyHold.Free::new);
    }

    @Override
    public void file(long userId, String key, String fingerprint, StoredAnswer answer, Instant filedAt) {
        keys.put(id(userId, key), new StoredKey(fingerprint, filedAt, answer));
    }

    @Override
    public int deleteCreatedBefore(Instant before) {
        int before0 = keys.size();
        keys.values().removeIf(stored -> stored.createdAt().isBefore(before));
        return before0 - keys.size();
    }

    @Override
    public Runnable snapshot() {
        Map<String, StoredKey> copy = new HashMap<>(keys);
        return () -> {
            keys.clear();
            keys.putAll(copy);
        };
    }

    private static String id(long userId, String key) {
        return userId + "\u0000" + key;
    }
}
