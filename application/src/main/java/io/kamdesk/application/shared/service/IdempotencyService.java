package io.kamdesk.application.shared.service;

import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.port.in.idempotency.ClaimKeyCommand;
import io.kamdesk.application.shared.port.in.idempotency.IdempotentRequestsUseCase;
import io.kamdesk.application.shared.port.in.idempotency.KeyedOutcome;
import io.kamdesk.application.shared.port.in.idempotency.KeyedRequest;
import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import io.kamdesk.application.shared.port.out.IdempotencyKeys.KeyClaim;
import io.kamdesk.application.shared.port.out.IdempotencyKeys.StoredKey;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys: a request under a key runs in one transaction with the key's record, which it
 * files first and answers last. The database decides which of two simultaneous requests runs (on
 * any instance): the second waits on the first's record, up to {@code waitForRunning}, and then
 * finds its answer; if the first fails, nothing of it stays and the second runs. A kill at any
 * moment leaves either the request and its answer, or neither. Expired keys serve any request, as do
 * records without an answer older than {@code abandonedAfter}.
 */
public final class IdempotencyService implements IdempotentRequestsUseCase {

    /** Filing, finding and taking over race only with requests that end: a few rounds settle it. */
    private static final int ATTEMPTS = 3;

    private final IdempotencyKeys keys;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration retention;
    private final Duration waitForRunning;
    private final Duration abandonedAfter;

    public IdempotencyService(IdempotencyKeys keys, Transactions transactions, Clock clock, Duration retention,
            Duration waitForRunning, Duration abandonedAfter) {
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
        this.waitForRunning = waitForRunning;
        this.abandonedAfter = abandonedAfter;
    }

    @Override
    public KeyedOutcome answer(ClaimKeyCommand command, KeyedRequest request) {
        try {
            return transactions.inTransaction(() -> underKey(command, request));
        } catch (Refused refused) {
            if (!refused.answer.failed()) {
                keepRefusal(command, refused.answer);
            }
            return new KeyedOutcome.Ran(refused.answer);
        } catch (KeyBusy busy) {
            return new KeyedOutcome.StillRunning();
        }
    }

    @Override
    public int purgeExpiredKeys() {
        return keys.deleteCreatedBefore(clock.instant().minus(retention));
    }

    private KeyedOutcome underKey(ClaimKeyCommand command, KeyedRequest request) {
        Instant now = clock.instant();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            KeyClaim claim = keys.claim(command.userId(), command.key(), command.fingerprint(), now, waitForRunning);
            if (claim == KeyClaim.BUSY) {
                throw new KeyBusy();
            }
            if (claim == KeyClaim.FILED) {
                return run(command, request);
            }
            Optional<StoredKey> stored = keys.find(command.userId(), command.key());
            if (stored.isEmpty()) {
                continue;
            }
            StoredKey key = stored.get();
            if (outlived(key, now)) {
                if (keys.takeOver(command.userId(), command.key(), command.fingerprint(), key.createdAt().plusNanos(1),
                        now)) {
                    return run(command, request);
                }
                continue;
            }
            if (!key.fingerprint().equals(command.fingerprint())) {
                return new KeyedOutcome.KeyReused();
            }
            return key.answer().<KeyedOutcome>map(KeyedOutcome.Replay::new).orElseGet(KeyedOutcome.StillRunning::new);
        }
        return new KeyedOutcome.StillRunning();
    }

    private KeyedOutcome run(ClaimKeyCommand command, KeyedRequest request) {
        StoredAnswer answer = request.run();
        if (answer.refused()) {
            throw new Refused(answer);
        }
        keys.complete(command.userId(), command.key(), answer, clock.instant());
        return new KeyedOutcome.Ran(answer);
    }

    /** An expired key, or a record that never got its answer. */
    private boolean outlived(StoredKey key, Instant now) {
        return key.createdAt().isBefore(now.minus(retention))
                || key.answer().isEmpty() && key.createdAt().isBefore(now.minus(abandonedAfter));
    }

    /**
     * A refusal is answered the same to a repeat, as other answers are; kept on its own since the
     * request's transaction went back. Should another request have filed the key meanwhile, its
     * answer is the key's.
     */
    private void keepRefusal(ClaimKeyCommand command, StoredAnswer answer) {
        try {
            transactions.run(() -> {
                KeyClaim claim = keys.claim(command.userId(), command.key(), command.fingerprint(), clock.instant(),
                        waitForRunning);
                if (claim == KeyClaim.BUSY) {
                    throw new KeyBusy();
                }
                if (claim == KeyClaim.FILED) {
                    keys.complete(command.userId(), command.key(), answer, clock.instant());
                }
            });
        } catch (KeyBusy busy) {
            // the other request's answer will be the key's
        }
    }

    /** Unwinds the request's transaction: it answered a refusal or a failure. */
    private static final class Refused extends RuntimeException {
        private final transient StoredAnswer answer;

        Refused(StoredAnswer answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }

    /** Unwinds a transaction whose key another request held beyond the wait. */
    private static final class KeyBusy extends RuntimeException {
        KeyBusy() {
            super(null, null, false, false);
        }
    }
}
