package io.kamdesk.application.shared.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.shared.port.in.idempotency.ClaimKeyCommand;
import io.kamdesk.application.shared.port.in.idempotency.KeyedOutcome;
import io.kamdesk.application.shared.port.in.idempotency.KeyedRequest;
import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import io.kamdesk.application.shared.testing.InMemoryIdempotencyKeys;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.application.shared.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyServiceTest {

    private static final ClaimKeyCommand FIRST = new ClaimKeyCommand(7, "key-1", "bill of 1000");
    private static final StoredAnswer CREATED = new StoredAnswer(201, "application/json", "/api/bills/9/",
            "{\"id\": 9}".getBytes());
    private static final StoredAnswer INVALID = new StoredAnswer(400, "application/json", null,
            "{\"code\": \"invalid\"}".getBytes());
    private static final StoredAnswer FAILED = new StoredAnswer(500, "application/json", null,
            "{\"code\": \"internal\"}".getBytes());

    private final MutableClock clock = MutableClock.at("2026-12-06T10:00:00Z");
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    /** What the requests wrote, kept or rolled back with the key as one transaction. */
    private final Bills bills = new Bills();
    private final IdempotencyService service = new IdempotencyService(keys, new InMemoryTransactions(keys, bills),
            clock, Duration.ofHours(24), Duration.ofSeconds(10));

    @Test
    void theFirstRequestRuns_andARepeatGetsItsAnswerWithoutRunning() {
        assertThat(service.answer(FIRST, bills.create(CREATED))).isEqualTo(new KeyedOutcome.Ran(CREATED));

        KeyedOutcome repeat = service.answer(FIRST, bills.create(CREATED));

        assertThat(repeat).isEqualTo(new KeyedOutcome.Replay(CREATED));
        assertThat(bills.created).hasSize(1);
    }

    @Test
    void aRepeatWhileTheFirstStillRuns_isToldSoWithoutRunning() {
        keys.heldByAnotherRequest(7, "key-1");

        assertThat(service.answer(FIRST, bills.create(CREATED))).isInstanceOf(KeyedOutcome.StillRunning.class);
        assertThat(bills.created).isEmpty();
    }

    @Test
    void anotherRequestUnderTheKey_isRefused_butAnotherUsersKeyIsTheirOwn() {
        service.answer(FIRST, bills.create(CREATED));

        assertThat(service.answer(new ClaimKeyCommand(7, "key-1", "bill of 2000"), bills.create(CREATED)))
                .isInstanceOf(KeyedOutcome.KeyReused.class);
        assertThat(service.answer(new ClaimKeyCommand(8, "key-1", "bill of 2000"), bills.create(CREATED)))
                .isInstanceOf(KeyedOutcome.Ran.class);
        assertThat(bills.created).hasSize(2);
    }

    @Test
    void aRefusedRequest_keepsNothingItWrote_andARepeatGetsTheSameRefusal() {
        assertThat(service.answer(FIRST, bills.create(INVALID))).isEqualTo(new KeyedOutcome.Ran(INVALID));
        assertThat(bills.created).isEmpty();

        assertThat(service.answer(FIRST, bills.create(CREATED))).isEqualTo(new KeyedOutcome.Replay(INVALID));
        assertThat(bills.created).isEmpty();
    }

    @Test
    void aFailedRequest_keepsNothing_andFreesTheKeyForARetry() {
        assertThat(service.answer(FIRST, bills.create(FAILED))).isEqualTo(new KeyedOutcome.Ran(FAILED));
        assertThat(keys.find(7, "key-1")).isEmpty();

        assertThat(service.answer(FIRST, bills.create(CREATED))).isEqualTo(new KeyedOutcome.Ran(CREATED));
        assertThat(bills.created).hasSize(1);
    }

    @Test
    void aRequestThatThrows_keepsNothing_andFreesTheKey() {
        assertThatThrownBy(() -> service.answer(FIRST, () -> {
            bills.created.add("half-written bill");
            throw new IllegalStateException("broken");
        })).hasMessage("broken");

        assertThat(bills.created).isEmpty();
        assertThat(keys.find(7, "key-1")).isEmpty();
    }

    @Test
    void anExpiredKey_servesAnyRequest_andIsPurgedWithItsAge() {
        service.answer(FIRST, bills.create(CREATED));
        clock.advance(Duration.ofHours(23));
        assertThat(service.answer(new ClaimKeyCommand(7, "key-1", "another bill"), bills.create(CREATED)))
                .isInstanceOf(KeyedOutcome.KeyReused.class);

        clock.advance(Duration.ofHours(2));

        assertThat(service.answer(new ClaimKeyCommand(7, "key-1", "another bill"), bills.create(CREATED)))
                .isInstanceOf(KeyedOutcome.Ran.class);
        assertThat(bills.created).hasSize(2);
        assertThat(keys.find(7, "key-1").map(stored -> stored.createdAt())).isEqualTo(Optional.of(clock.instant()));
        assertThat(service.purgeExpiredKeys()).isZero();
        clock.advance(Duration.ofHours(25));
        assertThat(service.purgeExpiredKeys()).isEqualTo(1);
    }

    @Test
    void aRefusalUnderAnExpiredKey_isKeptInItsPlace() {
        service.answer(FIRST, bills.create(INVALID));
        clock.advance(Duration.ofHours(25));

        assertThat(service.answer(FIRST, bills.create(INVALID))).isEqualTo(new KeyedOutcome.Ran(INVALID));

        assertThat(keys.find(7, "key-1").orElseThrow().createdAt()).isEqualTo(clock.instant());
        assertThat(service.answer(FIRST, bills.create(CREATED))).isEqualTo(new KeyedOutcome.Replay(INVALID));
    }

    @Test
    void theKeyIsFiledWhenTheRequestStarts() {
        Instant filed = clock.instant();

        service.answer(FIRST, () -> {
            clock.advance(Duration.ofSeconds(3));
            return CREATED;
        });

        assertThat(keys.find(7, "key-1").orElseThrow().createdAt()).isEqualTo(filed);
    }

    /** A store of bills in the requests' transaction. */
    private static final class Bills implements InMemoryTransactions.Participant {
        private final List<String> created = new ArrayList<>();

        KeyedRequest create(StoredAnswer answer) {
            return () -> {
                created.add("bill answered " + answer.status());
                return answer;
            };
        }

        @Override
        public Runnable snapshot() {
            List<String> copy = List.copyOf(created);
            return () -> {
                created.clear();
                created.addAll(copy);
            };
        }
    }
}
