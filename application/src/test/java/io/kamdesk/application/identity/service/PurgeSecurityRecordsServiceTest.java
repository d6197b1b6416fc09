package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.identity.port.in.session.PurgeSecurityRecordsUseCase;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.application.identity.testing.InMemoryLoginFailures.Failure;
import io.kamdesk.domain.identity.LoginThrottlePolicy;
import io.kamdesk.domain.identity.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurgeSecurityRecordsServiceTest {

    private final IdentityFakes fakes = new IdentityFakes();

    private PurgeSecurityRecordsUseCase serviceWith(LoginThrottlePolicy throttle) {
        return new PurgeSecurityRecordsService(fakes.loginFailures(), fakes.sessions(), fakes.events(), throttle,
                new SessionSettings(Duration.ofMinutes(15), Duration.ofDays(7)), fakes.clock());
    }

    @Test
    void purge_loginFailures_forgetsThoseOlderThanTheLongerWindow() {
        PurgeSecurityRecordsUseCase purge = serviceWith(
                new LoginThrottlePolicy(5, Duration.ofMinutes(15), 100, Duration.ofMinutes(60)));
        Instant now = fakes.clock().instant();
        fakes.loginFailures().record("old@example.com", "203.0.113.7", now.minus(Duration.ofMinutes(61)));
        fakes.loginFailures().record("recent@example.com", "203.0.113.7", now.minus(Duration.ofMinutes(59)));
        fakes.loginFailures().record("fresh@example.com", "203.0.113.7", now.minus(Duration.ofMinutes(1)));

        purge.purge();

        assertThat(fakes.loginFailures().all()).extracting(Failure::accountKey)
                .containsExactly("recent@example.com", "fresh@example.com");
    }

    @Test
    void purge_accountWindowLongerThanAddressWindow_keepsFailuresTheAccountStillCounts() {
        PurgeSecurityRecordsUseCase purge = serviceWith(
                new LoginThrottlePolicy(5, Duration.ofMinutes(60), 100, Duration.ofMinutes(15)));
        Instant now = fakes.clock().instant();
        fakes.loginFailures().record("jane@example.com", "203.0.113.7", now.minus(Duration.ofMinutes(30)));

        purge.purge();

        assertThat(fakes.loginFailures().all()).hasSize(1);
    }

    @Test
    void purge_securityEvents_forgetsThoseOlderThanTwiceTheAccessLifetimePlusMargin() {
        PurgeSecurityRecordsUseCase purge = serviceWith(LoginThrottlePolicy.standard());
        UUID oldSession = UUID.randomUUID();
        UUID keptSession = UUID.randomUUID();
        fakes.events().publish(SecurityEvent.sessionRevoked(1, oldSession));
        fakes.clock().advance(Duration.ofMinutes(2));
        fakes.events().publish(SecurityEvent.sessionRevoked(1, keptSession));
        fakes.clock().advance(Duration.ofMinutes(30));

        purge.purge();

        // (15 min + 30 s) x 2 = 31 min: the first event is 32 minutes old, the second 30
        assertThat(fakes.events().all()).extracting(SecurityEvent::sessionId).containsExactly(keptSession);
    }

    @Test
    void purge_sessions_forgetsThoseEndedMoreThan30DaysAgo() {
        PurgeSecurityRecordsUseCase purge = serviceWith(LoginThrottlePolicy.standard());
        Instant now = fakes.clock().instant();
        Session longExpired = Session.open(UUID.randomUUID(), 1, UUID.randomUUID(), now.minus(Duration.ofDays(40)),
                Duration.ofDays(7), "203.0.113.7", "agent");
        Session recentlyRevoked = Session.open(UUID.randomUUID(), 1, UUID.randomUUID(),
                now.minus(Duration.ofDays(2)), Duration.ofDays(7), "203.0.113.7", "agent")
                .revoke(now.minus(Duration.ofDays(1)), "logout");
        Session live = Session.open(UUID.randomUUID(), 1, UUID.randomUUID(), now, Duration.ofDays(7), "203.0.113.7",
                "agent");
        fakes.sessions().insert(longExpired);
        fakes.sessions().insert(recentlyRevoked);
        fakes.sessions().insert(live);

        purge.purge();

        assertThat(fakes.sessions().all()).extracting(Session::id)
                .containsExactlyInAnyOrder(recentlyRevoked.id(), live.id());
    }
}
