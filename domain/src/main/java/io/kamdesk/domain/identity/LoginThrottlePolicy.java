package io.kamdesk.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many failed logins are tolerated: per account (tight) and per client address (loose). A
 * blocked caller learns when to try again: when the oldest failure in the window has aged out.
 */
public record LoginThrottlePolicy(int maxAccountFailures, Duration accountWindow, int maxAddressFailures,
        Duration addressWindow) {

    public LoginThrottlePolicy {
        if (maxAccountFailures < 1 || maxAddressFailures < 1) {
            throw new IllegalArgumentException("failure limits must be at least 1");
        }
        if (accountWindow.isNegative() || accountWindow.isZero() || addressWindow.isNegative()
                || addressWindow.isZero()) {
            throw new IllegalArgumentException("throttle windows must be positive");
        }
    }

    public static LoginThrottlePolicy standard() {
        return new LoginThrottlePolicy(5, Duration.ofMinutes(15), 100, Duration.ofMinutes(15));
    }

    /** Failures counted in a window, with the time of the oldest one (absent when none). */
    public record FailureCount(long failures, Instant oldestFailure) {
    }

    /** How long the caller must wait, or empty when a login attempt is allowed now. */
    public Optional<Duration> retryAfter(FailureCount account, FailureCount address, Instant now) {
        Optional<Duration> accountWait = waitFor(account, maxAccountFailures, accountWindow, now);
        Optional<Duration> addressWait = waitFor(address, maxAddressFailures, addressWindow, now);
        if (accountWait.isPresent() && addressWait.isPresent()) {
            return Optional.of(max(accountWait.get(), addressWait.get()));
        }
        return accountWait.or(() -> addressWait);
    }

    private static Optional<Duration> waitFor(FailureCount count, int limit, Duration window, Instant now) {
        if (count.failures() < limit || count.oldestFailure() == null) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, count.oldestFailure().plus(window));
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
