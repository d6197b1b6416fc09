package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.kamdesk.application.identity.port.in.session.LogOutCommand;
import io.kamdesk.application.identity.port.in.session.LogOutUseCase;
import io.kamdesk.application.identity.port.in.session.ResolveViewerQuery;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.domain.identity.Session;
import io.kamdesk.domain.identity.SessionEndedException;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Refusal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LogOutServiceTest {

    private final IdentityFakes fakes = new IdentityFakes();
    private final SessionSettings settings = SessionSettings.standard();
    private final SecurityState state = new SecurityState(fakes.events(), fakes.viewers(), fakes.sessions(), settings);
    private final SessionRevoker revoker = new SessionRevoker(fakes.sessions(), fakes.events(), state, fakes.audit(),
            fakes.transactions(), fakes.clock());
    private final LogOutUseCase logOut = new LogOutService(revoker);

    private final User jane = fakes.givenUser("jane@example.com", "Correct-Horse-9");
    private final User john = fakes.givenUser("john@example.com", "Battery-Staple-7");

    private UUID openSessionOf(User user) {
        Session session = Session.open(UUID.randomUUID(), user.id(), UUID.randomUUID(), fakes.clock().instant(),
                settings.refreshTokenLifetime(), "203.0.113.7", "Firefox");
        fakes.sessions().insert(session);
        return session.id();
    }

    @Test
    void logOut_ownSession_revokesItAndTellsEveryInstance() {
        UUID sessionId = openSessionOf(jane);

        logOut.logOut(new LogOutCommand(fakes.viewerOf(jane), sessionId));

        Session stored = fakes.sessions().find(sessionId).orElseThrow();
        assertThat(stored.revokedAt()).contains(fakes.clock().instant());
        assertThat(stored.revokedReason()).contains("logout");
        assertThat(fakes.events().all()).extracting(SecurityEvent::kind, SecurityEvent::userId, SecurityEvent::sessionId)
                .containsExactly(tuple(SecurityEvent.Kind.SESSION_REVOKED, jane.id(), sessionId));
    }

    @Test
    void logOut_ownSession_refusesItsAccessTokensOnThisInstanceAtOnce() {
        UUID sessionId = openSessionOf(jane);
        UUID otherSessionId = openSessionOf(jane);

        logOut.logOut(new LogOutCommand(fakes.viewerOf(jane), sessionId));

        assertThat(state.resolve(new ResolveViewerQuery(jane.id(), sessionId))).isEmpty();
        assertThat(state.resolve(new ResolveViewerQuery(jane.id(), otherSessionId))).isPresent();
    }

    @Test
    void logOut_anotherUsersSession_isNotPermittedAndChangesNothing() {
        UUID johnsSession = openSessionOf(john);

        // when / then
        assertThatThrownBy(() -> logOut.logOut(new LogOutCommand(fakes.viewerOf(jane), johnsSession)))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.SESSION_OF_ANOTHER_USER));
        assertThat(fakes.sessions().find(johnsSession).orElseThrow().isActive(fakes.clock().instant())).isTrue();
        assertThat(fakes.events().all()).isEmpty();
        assertThat(state.resolve(new ResolveViewerQuery(john.id(), johnsSession))).isPresent();
    }

    @Test
    void logOut_twice_isNoErrorAndRevokesOnce() {
        UUID sessionId = openSessionOf(jane);
        logOut.logOut(new LogOutCommand(fakes.viewerOf(jane), sessionId));
        var firstRevocation = fakes.sessions().find(sessionId).orElseThrow().revokedAt();
        fakes.clock().advance(Duration.ofMinutes(1));

        logOut.logOut(new LogOutCommand(fakes.viewerOf(jane), sessionId));

        assertThat(fakes.sessions().find(sessionId).orElseThrow().revokedAt()).isEqualTo(firstRevocation);
        assertThat(fakes.events().all()).hasSize(1);
    }

    @Test
    void logOut_unknownSession_failsAsEnded() {
        // given: no such session

        // when / then
        assertThatThrownBy(() -> logOut.logOut(new LogOutCommand(fakes.viewerOf(jane), UUID.randomUUID())))
                .isExactlyInstanceOf(SessionEndedException.class);
    }
}
