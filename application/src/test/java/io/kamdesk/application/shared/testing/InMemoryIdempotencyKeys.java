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
 * in {@link InMemoryTransactions}, a rolled-back request takes its key with it; a key
 * {@linkplain #heldByAnotherRequest held by another request} stands for a request still running in a
 * transaction of its own, which a claim finds busy.
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys, InMemoryTransactions.Participant {

    private final Map<String, StoredKey> keys = new ConcurrentHashMap<>();
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    /** Another request's open transaction has filed the key and keeps it. */
    public void heldByAnotherRequest(long userId, String key) {
        held.add(id(userId, key));
    }

    @Override
    public KeyClaim claim(long userId, String key, String fingerprint, Instant now, Duration wait) {
        if (held.contains(id(userId, key))) {
            return KeyClaim.BUSY;
        }
        return keys.putIfAbsent(id(userId, key), new StoredKey(fingerprint, now, Optional.empty())) == null
                ? KeyClaim.FILED : KeyClaim.TAKEN;
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
