package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.session.PurgeSecurityRecordsUseCase;
import io.kamdesk.application.identity.port.out.LoginFailures;
import io.kamdesk.application.identity.port.out.SecurityEvents;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.domain.identity.LoginThrottlePolicy;
import java.time.Clock;
import java.time.Duration;

public final class PurgeSecurityRecordsService implements PurgeSecurityRecordsUseCase {

    /** Ended sessions stay listed this long, so a user can see where they were signed in lately. */
    static final Duration ENDED_SESSION_RETENTION = Duration.ofDays(30);

    private final LoginFailures failures;
    private final SessionRepository sessions;
    private final SecurityEvents events;
    private final LoginThrottlePolicy throttle;
    private final SessionSettings settings;
    private final Clock clock;

    public PurgeSecurityRecordsService(LoginFailures failures, SessionRepository sessions, SecurityEvents events, LoginThrottlePolicy throttle,
            SessionSettings settings, Clock clock) {
        this.failures = failures;
        this.sessions = sessions;
        this.events = events;
        this.throttle = throttle;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void purge() {
        Duration longestWindow = throttle.accountWindow().compareTo(throttle.addressWindow()) >= 0
                ? throttle.accountWindow()
                : throttle.addressWindow();
        failures.purgeOlderThan(clock.instant().minus(longestWindow));
        sessions.purgeEndedBefore(clock.instant().minus(ENDED_SESSION_RETENTION));
        events.purgeOlderThan(settings.accessTokenLifetime().plus(SecurityState.COMMIT_MARGIN).multipliedBy(2));
    }
}
