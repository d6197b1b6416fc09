package io.kamdesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.identity.LoginThrottlePolicy.FailureCount;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final FailureCount NONE = new FailureCount(0, null);

    private final LoginThrottlePolicy policy = new LoginThrottlePolicy(5, Duration.ofMinutes(15), 100,
            Duration.ofMinutes(30));

    @Test
    void standard_defaults_areFiveAndAHundredFailuresInFifteenMinutes() {
        // given: the defaults of the product

        LoginThrottlePolicy standard = LoginThrottlePolicy.standard();

        assertThat(standard.maxAccountFailures()).isEqualTo(5);
        assertThat(standard.accountWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(standard.maxAddressFailures()).isEqualTo(100);
        assertThat(standard.addressWindow()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void retryAfter_noFailures_allowsTheAttempt() {
        // given: a clean record

        Optional<Duration> wait = policy.retryAfter(NONE, NONE, NOW);

        assertThat(wait).isEmpty();
    }

    @Test
    void retryAfter_oneFailureUnderEachLimit_allowsTheAttempt() {
        FailureCount account = new FailureCount(4, NOW.minusSeconds(60));
        FailureCount address = new FailureCount(99, NOW.minusSeconds(60));

        Optional<Duration> wait = policy.retryAfter(account, address, NOW);

        assertThat(wait).isEmpty();
    }

    @Test
    void retryAfter_accountAtItsLimit_waitsUntilTheBlockingFailureAgesOut() {
        FailureCount account = new FailureCount(5, NOW.minus(Duration.ofMinutes(10)));

        Optional<Duration> wait = policy.retryAfter(account, NONE, NOW);

        assertThat(wait).contains(Duration.ofMinutes(5));
    }

    @Test
    void retryAfter_accountOverItsLimit_isComputedFromTheGivenBlockingFailure() {
        FailureCount account = new FailureCount(12, NOW.minus(Duration.ofMinutes(1)));

        Optional<Duration> wait = policy.retryAfter(account, NONE, NOW);

        assertThat(wait).contains(Duration.ofMinutes(14));
    }

    @Test
    void retryAfter_addressAtItsLimit_usesTheAddressWindow() {
        FailureCount address = new FailureCount(100, NOW.minus(Duration.ofMinutes(10)));

        Optional<Duration> wait = policy.retryAfter(NONE, address, NOW);

        assertThat(wait).contains(Duration.ofMinutes(20));
    }

    @Test
    void retryAfter_bothAtTheirLimits_waitsForTheLaterOfTheTwo() {
        FailureCount account = new FailureCount(5, NOW.minus(Duration.ofMinutes(2)));
        FailureCount address = new FailureCount(100, NOW.minus(Duration.ofMinutes(25)));

        Optional<Duration> accountLater = policy.retryAfter(account, address, NOW);
        Optional<Duration> addressLater = policy.retryAfter(new FailureCount(5, NOW.minus(Duration.ofMinutes(14))),
                new FailureCount(100, NOW.minus(Duration.ofMinutes(10))), NOW);

        assertThat(accountLater).contains(Duration.ofMinutes(13));
        assertThat(addressLater).contains(Duration.ofMinutes(20));
    }

    @Test
    void retryAfter_blockingFailureJustAgedOut_isNeverZero() {
        FailureCount account = new FailureCount(5, NOW.minus(Duration.ofMinutes(15)));

        Optional<Duration> wait = policy.retryAfter(account, NONE, NOW);

        assertThat(wait).contains(Duration.ofSeconds(1));
    }

    @Test
    void retryAfter_blockingFailureOlderThanTheWindow_isOneSecondRatherThanNegative() {
        FailureCount account = new FailureCount(5, NOW.minus(Duration.ofHours(2)));

        Optional<Duration> wait = policy.retryAfter(account, NONE, NOW);

        assertThat(wait).contains(Duration.ofSeconds(1));
    }

    @Test
    void retryAfter_subSecondWait_isKeptPrecise() {
        FailureCount account = new FailureCount(5, NOW.minus(Duration.ofMinutes(15)).plusMillis(250));

        Optional<Duration> wait = policy.retryAfter(account, NONE, NOW);

        assertThat(wait).contains(Duration.ofMillis(250));
    }

    @Test
    void new_limitBelowOne_isRefused() {
        // given: a policy that would block everyone

        // when / then
        assertThatThrownBy(() -> new LoginThrottlePolicy(0, Duration.ofMinutes(15), 100, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottlePolicy(5, Duration.ofMinutes(15), 0, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void new_zeroOrNegativeWindow_isRefused() {
        // given: windows that count nothing

        // when / then
        assertThatThrownBy(() -> new LoginThrottlePolicy(5, Duration.ZERO, 100, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottlePolicy(5, Duration.ofMinutes(15), 100, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
