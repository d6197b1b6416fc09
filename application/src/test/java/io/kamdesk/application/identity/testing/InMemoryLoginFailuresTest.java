package io.kamdesk.application.identity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.domain.identity.LoginThrottlePolicy.FailureCount;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The counting rules the SQL follows, which the throttling decisions rely on. */
class InMemoryLoginFailuresTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private final InMemoryLoginFailures failures = new InMemoryLoginFailures();

    @Test
    void countForAccount_belowTheLimit_answersTheCountWithoutAnInstant() {
        failures.record("jane", "a", T0.plusSeconds(1));
        failures.record("jane", "a", T0.plusSeconds(2));

        FailureCount count = failures.countForAccount("jane", T0, 3);

        assertThat(count).isEqualTo(new FailureCount(2, null));
    }

    @Test
    void countForAccount_atOrOverTheLimit_answersTheLimitThMostRecentFailure() {
        for (int i = 1; i <= 7; i++) {
            failures.record("jane", "a", T0.plusSeconds(i));
        }

        FailureCount count = failures.countForAccount("jane", T0, 5);

        assertThat(count).isEqualTo(new FailureCount(7, T0.plusSeconds(3)));
    }

    @Test
    void countForAccount_failureAtTheWindowStart_isNotCounted() {
        failures.record("jane", "a", T0);
        failures.record("jane", "a", T0.plusNanos(1));

        FailureCount count = failures.countForAccount("jane", T0, 5);

        assertThat(count.failures()).isOne();
    }

    @Test
    void countForAddress_failuresOfSeveralAccounts_areCountedTogether() {
        failures.record("jane", "203.0.113.7", T0.plusSeconds(1));
        failures.record("john", "203.0.113.7", T0.plusSeconds(2));
        failures.record("john", "198.51.100.1", T0.plusSeconds(3));

        FailureCount count = failures.countForAddress("203.0.113.7", T0, 2);

        assertThat(count).isEqualTo(new FailureCount(2, T0.plusSeconds(1)));
    }

    @Test
    void clearAccount_oneAccount_forgetsOnlyItsFailures() {
        failures.record("jane", "a", T0);
        failures.record("john", "a", T0);

        failures.clearAccount("jane");

        assertThat(failures.all()).extracting(InMemoryLoginFailures.Failure::accountKey).containsExactly("john");
    }

    @Test
    void purgeOlderThan_instant_keepsFailuresAtOrAfterIt() {
        failures.record("old", "a", T0.minusNanos(1));
        failures.record("edge", "a", T0);

        failures.purgeOlderThan(T0);

        assertThat(failures.all()).extracting(InMemoryLoginFailures.Failure::accountKey).containsExactly("edge");
    }
}
