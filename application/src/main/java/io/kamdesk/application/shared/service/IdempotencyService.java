package io.kamdesk.application.shared.service;

import io.kamdesk.application.shared.port.in.idempotency.Claim;
import io.kamdesk.application.shared.port.in.idempotency.ClaimKeyCommand;
import io.kamdesk.application.shared.port.in.idempotency.CompleteKeyCommand;
import io.kamdesk.application.shared.port.in.idempotency.IdempotentRequestsUseCase;
import io.kamdesk.application.shared.port.in.idempotency.ReleaseKeyCommand;
import io.kamdesk.application.shared.port.out.IdempotencyKeys.StoredKey;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys: the insert of a key decides, in the database, which of two simultaneous requests
 * runs (on any instance); the other waits for its answer, polling, up to {@code waitForRunning}.
 * A key whose run is older than {@code abandonedAfter} without an answer (its instance died) may be
 * run again, as may an expired one.
 */
public final class IdempotencyService implements IdempotentRequestsUseCase {

    private static final Duration POLL = Duration.ofMillis(50);

    private final IdempotencyKeys keys;
    private final Clock clock;
    private final Duration retention;
    private final Duration waitForRunning;
    private final Duration abandonedAfter;

    public IdempotencyService(IdempotencyKeys keys, Clock clock, Duration retention, Duration waitForRunning,
            Duration abandonedAfter) {
        this.keys = keys;
        this.clock = clock;
        this.retention = retention;
        this.waitForRunning = waitForRunning;
        this.abandonedAfter = abandonedAfter;
    }

    @Override
    public Claim claim(ClaimKeyCommand command) {
        Instant deadline = clock.instant().plus(waitForRunning);
        while (true) {
            Instant now = clock.instant();
            if (keys.insert(command.userId(), command.key(), command.fingerprint(), now)) {
                return new Claim.Claimed();
            }
            Optional<StoredKey> stored = keys.find(command.userId(), command.key());
            if (stored.isEmpty()) {
                continue;
            }
            StoredKey key = stored.get();
            boolean expired = key.createdAt().isBefore(now.minus(retention));
            boolean abandoned = key.answer().isEmpty() && key.createdAt().isBefore(now.minus(abandonedAfter));
            if (expired || abandoned) {
                if (keys.takeOver(command.userId(), command.key(), command.fingerprint(), key.createdAt().plusNanos(1),
                        now)) {
                    return new Claim.Claimed();
                }
                continue;
            }
            if (!key.fingerprint().equals(command.fingerprint())) {
                return new Claim.KeyReused();
            }
            if (key.answer().isPresent()) {
                return new Claim.Replay(key.answer().get());
            }
            if (!now.isBefore(deadline)) {
                return new Claim.StillRunning();
            }
            pause();
        }
    }

    @Override
    public void complete(CompleteKeyCommand command) {
        keys.complete(command.userId(), command.key(), command.answer(), clock.instant());
    }

    @Override
    public void release(ReleaseKeyCommand command) {
        keys.delete(command.userId(), command.key());
    }

    @Override
    public int purgeExpiredKeys() {
        return keys.deleteCreatedBefore(clock.instant().minus(retention));
    }

    /** The first request is running: look again in a moment. */
    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the first request of a key", e);
        }
    }
}
