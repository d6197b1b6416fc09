package io.kamdesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.Refusal;
import java.time.Duration;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LoginThrottledExceptionTest {

    @Test
    void retryAfterSeconds_wholeSeconds_isUnchanged() {
        Duration wait = Duration.ofMinutes(5);

        LoginThrottledException thrown = new LoginThrottledException(wait);

        assertThat(thrown.retryAfterSeconds()).isEqualTo(300);
        assertThat(thrown.retryAfter()).isEqualTo(wait);
    }

    @Test
    void retryAfterSeconds_fractionOfASecond_roundsUp() {
        Duration wait = Duration.ofSeconds(299).plusMillis(1);

        LoginThrottledException thrown = new LoginThrottledException(wait);

        assertThat(thrown.retryAfterSeconds()).isEqualTo(300);
    }

    @Test
    void retryAfterSeconds_lessThanASecond_isOne() {
        Duration wait = Duration.ofNanos(1);

        LoginThrottledException thrown = new LoginThrottledException(wait);

        assertThat(thrown.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void retryAfterSeconds_zero_isStillOne() {
        // given: a wait that has just run out

        LoginThrottledException thrown = new LoginThrottledException(Duration.ZERO);

        assertThat(thrown.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void new_anyWait_namesTheRoundedSecondsAndTheCode() {
        Duration wait = Duration.ofMillis(59_500);

        LoginThrottledException thrown = new LoginThrottledException(wait);

        assertThat(thrown.refusal()).isEqualTo(Refusal.LOGIN_THROTTLED);
        assertThat(thrown).satisfies(e -> assertThat(((DomainException) e).refusal()).isEqualTo(Refusal.LOGIN_THROTTLED));
    }

    static LongStream positiveWaitsInNanos() {
        LongStream edges = LongStream.of(1, 999_999_999, 1_000_000_000, 1_000_000_001, 86_400_000_000_000L);
        return LongStream.concat(edges, new Random(7).longs(300, 1, 86_400_000_000_000L));
    }

    @ParameterizedTest
    @MethodSource("positiveWaitsInNanos")
    void retryAfterSeconds_positiveWait_isTheSmallestWholeSecondNotBeforeIt(long nanos) {
        Duration wait = Duration.ofNanos(nanos);

        long seconds = new LoginThrottledException(wait).retryAfterSeconds();

        assertThat(Duration.ofSeconds(seconds)).isGreaterThanOrEqualTo(wait);
        assertThat(Duration.ofSeconds(seconds - 1)).isLessThan(wait);
    }
}
