package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.identity.port.in.session.ResolveViewerQuery;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.application.identity.testing.RecordingSecurityAuditLog.SessionsRevoked;
import io.kamdesk.domain.identity.Session;
import io.kamdesk.domain.identity.User;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionRevokerTest {

    private final IdentityFakes fakes = new IdentityFakes();
    private final SessionSettings settings = SessionSettings.standard();
    private final SecurityState state = new SecurityState(fakes.events(), fakes.viewers(), fakes.sessions(), settings);
    private final SessionRevoker revoker = new SessionRevoker(fakes.sessions(), fakes.events(), state, fakes.audit(),
            fakes.transactions(), fakes.clock());

    private final User jane = fakes.givenUser("jane@example.com", "Correct-Horse-9");
    private final User john = fakes.givenUser("john@example.com", "Battery-Staple-7");

    private UUID openSessionOf(User user) {
        Session session = Session.open(UUID.randomUUID(), user.id(), UUID.randomUUID(), fakes.clock().instant(),
                settings.refreshTokenLifetime(), "203.0.113.7", "Firefox");
        fakes.sessions().insert(session);
        return session.id();
    }

    @Test
    void revokeAllInTransaction_userWithLiveSessions_revokesThemPublishesAndAudits() {
        UUID first = openSessionOf(jane);
        UUID second = openSessionOf(jane);
        UUID johns = openSessionOf(john);

        List<SecurityEvent> published = fakes.transactions()
                .inTransaction(() -> revoker.revokeAllInTransaction(jane.id(), "password changed"));

        assertThat(published).extracting(SecurityEvent::sessionId).containsExactlyInAnyOrder(first, second);
        assertThat(fakes.events().all()).extracting(SecurityEvent::sessionId).containsExactlyInAnyOrder(first, second);
        assertThat(fakes.sessions().find(first).orElseThrow().revokedReason()).contains("password changed");
        assertThat(fakes.sessions().find(johns).orElseThrow().revokedAt()).isEmpty();
        assertThat(fakes.audit().entries()).containsExactly(new SessionsRevoked(jane.id(), 2, "password changed"));
    }

    @Test
    void revokeAllInTransaction_endedSessionsOnly_publishesAndAuditsNothing() {
        UUID expired = openSessionOf(jane);
        fakes.clock().advance(settings.refreshTokenLifetime().plus(Duration.ofSeconds(1)));

        List<SecurityEvent> published = fakes.transactions()
                .inTransaction(() -> revoker.revokeAllInTransaction(jane.id(), "deactivated"));

        assertThat(published).isEmpty();
        assertThat(fakes.sessions().find(expired).orElseThrow().revokedAt()).isEmpty();
        assertThat(fakes.audit().entries()).isEmpty();
    }

    @Test
    void applyCommitted_afterRevokingAll_refusesTheSessionsOnThisInstance() {
        UUID sessionId = openSessionOf(jane);
        List<SecurityEvent> published = fakes.transactions()
                .inTransaction(() -> revoker.revokeAllInTransaction(jane.id(), "deactivated"));
        ResolveViewerQuery claims = new ResolveViewerQuery(jane.id(), sessionId);
        boolean resolvedBeforeApplying = state.resolve(claims).isPresent();

        revoker.applyCommitted(published);

        assertThat(resolvedBeforeApplying).isTrue();
        assertThat(state.resolve(claims)).isEmpty();
    }
}
