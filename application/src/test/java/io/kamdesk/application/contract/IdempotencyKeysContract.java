package io.kamdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import io.kamdesk.application.shared.port.out.IdempotencyKeys.KeyHold;
import io.kamdesk.application.shared.port.out.IdempotencyKeys.StoredKey;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyKeys} does: a key nobody answered under is free; once filed, holding
 * it gives its record whole, per user; filing again replaces the record; a key another request holds
 * is busy once the wait runs out; a record goes with its age.
 */
public abstract class IdempotencyKeysContract {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final StoredAnswer CREATED = new StoredAnswer(201, "application/json", "/api/bills/7/",
            "{\"id\": 7}".getBytes());

    protected abstract IdempotencyKeys keys();

    /** Another request holds the key in a transaction it keeps open until the test ends. */
    protected abstract void heldByAnotherRequest(long userId, String key);

    private final String key = UUID.randomUUID().toString();
    private final long user = System.nanoTime() % 1_000_000;

    @Test
    void aKeyNobodyAnsweredUnder_isFree_andOnceFiled_givesItsRecordWhole_toItsUserOnly() {
        assertThat(keys().hold(user, key, WAIT)).isInstanceOf(KeyHold.Free.class);

        keys().file(user, key, "first", CREATED, NOW);

        StoredKey stored = ((KeyHold.Answered) keys().hold(user, key, WAIT)).record();
        assertThat(stored.fingerprint()).isEqualTo("first");
        assertThat(stored.createdAt().truncatedTo(ChronoUnit.MILLIS)).isEqualTo(NOW);
        assertThat(stored.answer().status()).isEqualTo(201);
        assertThat(stored.answer().contentType()).isEqualTo("application/json");
        assertThat(stored.answer().location()).isEqualTo("/api/bills/7/");
        assertThat(new String(stored.answer().body())).isEqualTo("{\"id\": 7}");
        assertThat(keys().hold(user + 1, key, WAIT)).isInstanceOf(KeyHold.Free.class);
        assertThat(keys().hold(user, "unknown " + key, WAIT)).isInstanceOf(KeyHold.Free.class);
    }

    @Test
    void anAnswerWithoutTypeLocationOrBody_isKeptAsSuch() {
        keys().file(user, key, "first", new StoredAnswer(204, null, null, new byte[0]), NOW);

        StoredAnswer answer = ((KeyHold.Answered) keys().hold(user, key, WAIT)).record().answer();
        assertThat(answer.status()).isEqualTo(204);
        assertThat(answer.contentType()).isNull();
        assertThat(answer.location()).isNull();
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void filingAgain_replacesTheRecord() {
        keys().file(user, key, "first", CREATED, NOW);

        keys().file(user, key, "second", new StoredAnswer(400, "application/json", null, "{}".getBytes()),
                NOW.plus(Duration.ofDays(2)));

        StoredKey stored = ((KeyHold.Answered) keys().hold(user, key, WAIT)).record();
        assertThat(stored.fingerprint()).isEqualTo("second");
        assertThat(stored.createdAt().truncatedTo(ChronoUnit.MILLIS)).isEqualTo(NOW.plus(Duration.ofDays(2)));
        assertThat(stored.answer().status()).isEqualTo(400);
    }

    @Test
    void aKeyAnotherRequestHolds_isBusyOnceTheWaitRunsOut_whileTheUsersOtherKeysAreFree() {
        heldByAnotherRequest(user, key);

        assertThat(keys().hold(user, key, Duration.ofMillis(50))).isInstanceOf(KeyHold.Busy.class);
        assertThat(keys().hold(user, key + "-other", Duration.ofMillis(50))).isInstanceOf(KeyHold.Free.class);
    }

    @Test
    void aRecord_goesWithItsAge() {
        keys().file(user, key, "first", CREATED, NOW.minus(Duration.ofDays(2)));
        keys().file(user, key + "-new", "first", CREATED, NOW);

        int removed = keys().deleteCreatedBefore(NOW.minus(Duration.ofDays(1)));

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(keys().hold(user, key, WAIT)).isInstanceOf(KeyHold.Free.class);
        assertThat(keys().hold(user, key + "-new", WAIT)).isInstanceOf(KeyHold.Answered.class);
    }
}
