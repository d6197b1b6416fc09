package io.kamdesk.application.shared.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.shared.port.in.idempotency.Claim;
import io.kamdesk.application.shared.port.in.idempotency.ClaimKeyCommand;
import io.kamdesk.application.shared.port.in.idempotency.CompleteKeyCommand;
import io.kamdesk.application.shared.port.in.idempotency.ReleaseKeyCommand;
import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import io.kamdesk.application.shared.testing.InMemoryIdempotencyKeys;
import io.kamdesk.application.shared.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdempotencyServiceTest {

    private static final ClaimKeyCommand FIRST = new ClaimKeyCommand(7, "key-1", "bill of 1000");
    private static final StoredAnswer CREATED = new StoredAnswer(201, "application/json", "/api/bills/9/",
            "{\"id\": 9}".getBytes());

    private final MutableClock clock = MutableClock.at("2026-12-06T10:00:00Z");
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    // no waiting: a repeat of a running request is told so at once
    private final IdempotencyService service = new IdempotencyService(keys, clock, Duration.ofHours(24),
            Duration.ZERO, Duration.ofMinutes(10));

    @Test
    void theFirstRequestRuns_aRepeatWhileItRunsIsToldSo_andAfterItsAnswerGetsIt() {
        assertThat(service.claim(FIRST)).isInstanceOf(Claim.Claimed.class);
        assertThat(service.claim(FIRST)).isInstanceOf(Claim.StillRunning.class);

        service.complete(new CompleteKeyCommand(7, "key-1", CREATED));

        assertThat(service.claim(FIRST)).isInstanceOfSatisfying(Claim.Replay.class,
                replay -> assertThat(replay.answer()).isEqualTo(CREATED));
    }

    @Test
    void anotherRequestUnderTheKey_isRefused_butAnotherUsersKeyIsTheirOwn() {
        service.claim(FIRST);
        service.complete(new CompleteKeyCommand(7, "key-1", CREATED));

        assertThat(service.claim(new ClaimKeyCommand(7, "key-1", "bill of 2000"))).isInstanceOf(Claim.KeyReused.class);
        assertThat(service.claim(new ClaimKeyCommand(8, "key-1", "bill of 2000"))).isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void aReleasedKey_runsAgain() {
        service.claim(FIRST);

        service.release(new ReleaseKeyCommand(7, "key-1"));

        assertThat(service.claim(FIRST)).isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void aRunThatNeverAnswered_isTakenOverAfterTenMinutes_andAnExpiredKeyServesAnyRequest() {
        service.claim(FIRST);
        clock.advance(Duration.ofMinutes(9));
        assertThat(service.claim(FIRST)).isInstanceOf(Claim.StillRunning.class);
        clock.advance(Duration.ofMinutes(2));
        assertThat(service.claim(FIRST)).isInstanceOf(Claim.Claimed.class);
        service.complete(new CompleteKeyCommand(7, "key-1", CREATED));

        clock.advance(Duration.ofHours(25));

        assertThat(service.claim(new ClaimKeyCommand(7, "key-1", "another bill"))).isInstanceOf(Claim.Claimed.class);
        assertThat(service.purgeExpiredKeys()).isZero();
        clock.advance(Duration.ofHours(25));
        assertThat(service.purgeExpiredKeys()).isEqualTo(1);
    }
}
