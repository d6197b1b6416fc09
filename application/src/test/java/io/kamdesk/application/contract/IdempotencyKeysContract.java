package io.kamdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import io.kamdesk.application.shared.port.out.IdempotencyKeys.KeyClaim;
import io.kamdesk.application.shared.port.out.IdempotencyKeys.StoredKey;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyKeys} does: a key is filed once per user; a key another request holds
 * is busy once the wait runs out; its answer is kept whole; it is taken over only when filed before
 * the given time; it goes with its age.
 */
public abstract class IdempotencyKeysContract {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(5);

    protected abstract IdempotencyKeys keys();

    /** Another request files the key in a transaction it keeps open until the test ends. */
    protected abstract void heldByAnotherRequest(long userId, String key);

    private final String key = UUID.randomUUID().toString();
    private final long user = System.nanoTime() % 1_000_000;

    @Test
    void aKey_isFiledOncePerUser_andKeepsItsFingerprintUntilAnswered() {
        assertThat(keys().claim(user, key, "first", NOW, WAIT)).isEqualTo(KeyClaim.FILED);
        assertThat(keys().claim(user, key, "second", NOW, WAIT)).isEqualTo(KeyClaim.TAKEN);
        assertThat(keys().claim(user + 1, key, "theirs", NOW, WAIT)).isEqualTo(KeyClaim.FILED);

        StoredKey stored = keys().find(user, key).orElseThrow();
        assertThat(stored.fingerprint()).isEqualTo("first");
        assertThat(stored.createdAt().truncatedTo(ChronoUnit.MILLIS)).isEqualTo(NOW);
        assertThat(stored.answer()).isEmpty();
        assertThat(keys().find(user, "unknown " + key)).isEmpty();
    }

    @Test
    void aKeyAnotherRequestHolds_isBusyOnceTheWaitRunsOut_whileTheUsersOtherKeysAreFree() {
        heldByAnotherRequest(user, key);

        assertThat(keys().claim(user, key, "mine", NOW, Duration.ofMillis(50))).isEqualTo(KeyClaim.BUSY);
        assertThat(keys().claim(user, key + "-other", "mine", NOW, Duration.ofMillis(50)))
                .isEqualTo(KeyClaim.FILED);
    }

    @Test
    void anAnswer_isKeptWhole() {
        keys().claim(user, key, "first", NOW, WAIT);

        keys().complete(user, key, new StoredAnswer(201, "application/json", "/api/bills/7/",
                "{\"id\": 7}".getBytes()), NOW.plusSeconds(1));

        StoredAnswer answer = keys().find(user, key).orElseThrow().answer().orElseThrow();
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.location()).isEqualTo("/api/bills/7/");
        assertThat(new String(answer.body())).isEqualTo("{\"id\": 7}");
    }

    @Test
    void aKey_isTakenOverOnlyWhenFiledBeforeTheGivenTime_andThenRunsAnew() {
        keys().claim(user, key, "first", NOW, WAIT);
        keys().complete(user, key, new StoredAnswer(201, null, null, new byte[0]), NOW);

        assertThat(keys().takeOver(user, key, "second", NOW, NOW.plusSeconds(5))).isFalse();
        assertThat(keys().takeOver(user, key, "second", NOW.plusMillis(1), NOW.plusSeconds(5))).isTrue();

        StoredKey stored = keys().find(user, key).orElseThrow();
        assertThat(stored.fingerprint()).isEqualTo("second");
        assertThat(stored.answer()).isEmpty();
        assertThat(keys().takeOver(user, key, "third", NOW.plusSeconds(5), NOW.plusSeconds(6))).isFalse();
    }

    @Test
    void aKey_goesWithItsAge() {
        keys().claim(user, key, "first", NOW.minus(Duration.ofDays(2)), WAIT);
        keys().claim(user, key + "-new", "first", NOW, WAIT);

        int removed = keys().deleteCreatedBefore(NOW.minus(Duration.ofDays(1)));

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(keys().find(user, key)).isEmpty();
        assertThat(keys().find(user, key + "-new")).isPresent();
    }
}
