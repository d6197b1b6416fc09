package io.kamdesk.application.shared.service;

import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.port.in.idempotency.ClaimKeyCommand;
import io.kamdesk.application.shared.port.in.idempotency.IdempotentRequestsUseCase;
import io.kamdesk.application.shared.port.in.idempotency.KeyedOutcome;
import io.kamdesk.application.shared.port.in.idempotency.KeyedRequest;
import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import io.kamdesk.application.shared.port.out.IdempotencyKeys.KeyHold;
import io.kamdesk.application.shared.port.out.IdempotencyKeys.StoredKey;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys: a request under a key runs in one transaction that holds the key first and files
 * it with the request's answer last. Holding decides which of two simultaneous requests runs (on any
 * instance): the second waits for the first, up to {@code waitForRunning}, and then finds its answer;
 * if the first fails, nothing of it stays and the second runs. A kill at any moment leaves either the
 * request and its answer, or neither. An expired key serves any request.
 */
public final class IdempotencyService implements IdempotentRequestsUseCase {

    private final IdempotencyKeys keys;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration retention;
    private final Duration waitForRunning;

    public IdempotencyService(IdempotencyKeys keys, Transactions transactions, Clock clock, Duration retention,
            Duration waitForRunning) {
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
        this.waitForRunning = waitForRunning;
    }

    @Override
    public KeyedOutcome answer(ClaimKeyCommand command, KeyedRequest request) {
        KeyedOutcome outcome;
        try {
            outcome = transactions.inTransactionUndoing(() -> underKey(command, request),
                    IdempotencyService::refused);
        } catch (KeyBusy busy) {
            return new KeyedOutcome.StillRunning();
        }
        if (outcome instanceof KeyedOutcome.Ran(StoredAnswer answer) && answer.refused() && !answer.failed()) {
            keepRefusal(command, answer);
        }
        return outcome;
    }

    /** The request ran and answered a refusal or a failure: its transaction keeps nothing. */
    private static boolean refused(KeyedOutcome outcome) {
        return outcome instanceof KeyedOutcome.Ran(StoredAnswer answer) && answer.refused();
    }

    @Override
    public int purgeExpiredKeys() {
        return keys.deleteCreatedBefore(clock.instant().minus(retention));
    }

    private KeyedOutcome underKey(ClaimKeyCommand command, KeyedRequest request) {
        Instant now = clock.instant();
        return liveRecord(command, now)
                .<KeyedOutcome>map(stored -> stored.fingerprint().equals(command.fingerprint())
                        ? new KeyedOutcome.Replay(stored.answer())
                        : new KeyedOutcome.KeyReused())
                .orElseGet(() -> run(command, request, now));
    }

    /**
     * Holds the key and answers its record, unless there is none or it has expired (the key then
     * serves this request); a key another request still holds unwinds the transaction.
     */
    private Optional<StoredKey> liveRecord(ClaimKeyCommand command, Instant now) {
        return switch (keys.hold(command.userId(), command.key(), waitForRunning)) {
            case KeyHold.Busy busy -> throw new KeyBusy();
            case KeyHold.Answered(StoredKey stored) when !expired(stored, now) -> Optional.of(stored);
            case KeyHold.Answered expired -> Optional.empty();
            case KeyHold.Free free -> Optional.empty();
        };
    }

    /** Runs the request; its key is filed when it started, so its retention counts from there. */
    private KeyedOutcome run(ClaimKeyCommand command, KeyedRequest request, Instant started) {
        StoredAnswer answer = request.run();
        if (!answer.refused()) {
            keys.file(command.userId(), command.key(), command.fingerprint(), answer, started);
        }
        return new KeyedOutcome.Ran(answer);
    }

    private boolean expired(StoredKey key, Instant now) {
        return key.createdAt().isBefore(now.minus(retention));
    }

    /**
     * A refusal is answered the same to a repeat, as other answers are; kept on its own since the
     * request's transaction went back. Should another request have answered under the key meanwhile,
     * its answer is the key's.
     */
    private void keepRefusal(ClaimKeyCommand command, StoredAnswer answer) {
        try {
            transactions.run(() -> {
                Instant now = clock.instant();
                if (liveRecord(command, now).isEmpty()) {
                    keys.file(command.userId(), command.key(), command.fingerprint(), answer, now);
                }
            });
        } catch (KeyBusy busy) {
            // the other request's answer will be the key's
        }
    }

    /** Unwinds a transaction whose key another request held beyond the wait. */
    private static final class KeyBusy extends RuntimeException {
        KeyBusy() {
            super(null, null, false, false);
        }
    }
}
