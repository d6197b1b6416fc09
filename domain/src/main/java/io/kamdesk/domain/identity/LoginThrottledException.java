package io.kamdesk.domain.identity;

import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.Refusal;
import java.time.Duration;

/** Too many failed logins for this account or address; try again after {@link #retryAfter()}. */
public class LoginThrottledException extends DomainException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super(Refusal.LOGIN_THROTTLED, wholeSeconds(retryAfter));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    private static long wholeSeconds(Duration duration) {
        long seconds = duration.toSeconds();
        return duration.toNanosPart() > 0 || seconds == 0 ? seconds + 1 : seconds;
    }
}
