package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.kamdesk.application.identity.port.in.session.RefreshSessionCommand;
import io.kamdesk.application.identity.port.in.session.RefreshSessionUseCase;
import io.kamdesk.application.identity.port.in.session.ResolveViewerQuery;
import io.kamdesk.application.identity.port.in.session.SessionGrant;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.application.identity.testing.RecordingSecurityAuditLog.RefreshTokenReused;
import io.kamdesk.domain.identity.RefreshTokenReusedException;
import io.kamdesk.domain.identity.Session;
import io.kamdesk.domain.identity.SessionEndedException;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.shared.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshSessionServiceTest {

    private final IdentityFakes fakes = new IdentityFakes();
    private final SessionSettings settings = SessionSettings.standard();
    private final SecurityState state = new SecurityState(fakes.events(), fakes.viewers(), fakes.sessions(), settings);
    private final SessionRevoker revoker = new SessionRevoker(fakes.sessions(), fakes.events(), state, fakes.audit(),
            fakes.transactions(), fakes.clock());
    private final RefreshSessionUseCase refresh = new RefreshSessionService(fakes.sessions(), fakes.users(), revoker,
            fakes.audit(), fakes.transactions(), settings, fakes.clock());

    private final User jane = fakes.givenUser("jane@example.com", "Correct-Horse-9");
    private final UUID sessionId = UUID.randomUUID();
    private final UUID firstToken = UUID.randomUUID();

    private Session openSessionOf(User user) {
        Session session = Session.open(sessionId, user.id(), firstToken, fakes.clock().instant(),
                settings.refreshTokenLifetime(), "203.0.113.7", "Firefox");
        fakes.sessions().insert(session);
        return session;
    }

    @Test
    void refresh_currentToken_rotatesToANewTokenAndSlidesTheSession() {
        openSessionOf(jane);
        fakes.clock().advance(Duration.ofDays(2));
        Instant now = fakes.clock().instant();

        SessionGrant grant = refresh.refresh(new RefreshSessionCommand(sessionId, firstToken));

        assertThat(grant.sessionId()).isEqualTo(sessionId);
        assertThat(grant.userId()).isEqualTo(jane.id());
        assertThat(grant.refreshTokenId()).isNotEqualTo(firstToken);
        assertThat(grant.issuedAt()).isEqualTo(now);
        assertThat(grant.accessExpiresAt()).isEqualTo(now.plus(settings.accessTokenLifetime()));
        assertThat(grant.refreshExpiresAt()).isEqualTo(now.plus(settings.refreshTokenLifetime()));
        Session stored = fakes.sessions().find(sessionId).orElseThrow();
        assertThat(stored.refreshTokenId()).isEqualTo(grant.refreshTokenId());
        assertThat(stored.refreshedAt()).isEqualTo(now);
        assertThat(stored.expiresAt()).isEqualTo(grant.refreshExpiresAt());
    }

    @Test
    void refresh_newTokenFromTheLastRotation_rotatesAgain() {
        openSessionOf(jane);
        SessionGrant first = refresh.refresh(new RefreshSessionCommand(sessionId, firstToken));

        SessionGrant second = refresh.refresh(new RefreshSessionCommand(sessionId, first.refreshTokenId()));

        assertThat(second.refreshTokenId()).isNotIn(firstToken, first.refreshTokenId());
    }

    @Test
    void refresh_alreadyUsedToken_revokesTheSessionPublishesAndAudits() {
        openSessionOf(jane);
        refresh.refresh(new RefreshSessionCommand(sessionId, firstToken));

        RefreshTokenReusedException thrown = catchThrowableOfType(RefreshTokenReusedException.class,
                () -> refresh.refresh(new RefreshSessionCommand(sessionId, firstToken)));

        assertThat(thrown.refusal()).isEqualTo(Refusal.TOKEN_NOT_VALID);
        Session stored = fakes.sessions().find(sessionId).orElseThrow();
        assertThat(stored.revokedAt()).contains(fakes.clock().instant());
        assertThat(stored.revokedReason()).contains("refresh token reused");
        assertThat(fakes.events().all()).extracting(SecurityEvent::kind, SecurityEvent::userId, SecurityEvent::sessionId)
                .containsExactly(tuple(SecurityEvent.Kind.SESSION_REVOKED, jane.id(),
                        sessionId));
        assertThat(fakes.audit().entries()).containsExactly(new RefreshTokenReused(jane.id(), sessionId));
    }

    @Test
    void refresh_currentTokenAfterTheOldOneWasReused_failsAsTheSessionHasEnded() {
        openSessionOf(jane);
        SessionGrant current = refresh.refresh(new RefreshSessionCommand(sessionId, firstToken));
        assertThatThrownBy(() -> refresh.refresh(new RefreshSessionCommand(sessionId, firstToken)))
                .isInstanceOf(RefreshTokenReusedException.class);

        // when / then
        assertThatThrownBy(() -> refresh.refresh(new RefreshSessionCommand(sessionId, current.refreshTokenId())))
                .isExactlyInstanceOf(SessionEndedException.class);
    }

    @Test
    void refresh_alreadyUsedToken_endsTheSessionsAccessTokensOnThisInstanceAtOnce() {
        openSessionOf(jane);
        refresh.refresh(new RefreshSessionCommand(sessionId, firstToken));
        ResolveViewerQuery claims = new ResolveViewerQuery(jane.id(), sessionId);
        assertThat(state.resolve(claims)).isPresent();

        assertThatThrownBy(() -> refresh.refresh(new RefreshSessionCommand(sessionId, firstToken)))
                .isInstanceOf(RefreshTokenReusedException.class);

        assertThat(state.resolve(claims)).isEmpty();
    }

    @Test
    void refresh_inactiveOwner_failsAsEndedAndLeavesTheSessionAsItWas() {
        Session session = openSessionOf(jane);
        fakes.deactivate(jane);

        // when / then
        assertThatThrownBy(() -> refresh.refresh(new RefreshSessionCommand(sessionId, firstToken)))
                .isExactlyInstanceOf(SessionEndedException.class);
        assertThat(fakes.sessions().find(sessionId).orElseThrow().refreshTokenId())
                .isEqualTo(session.refreshTokenId());
    }

    @Test
    void refresh_deletedOwner_failsAsEnded() {
        openSessionOf(jane);
        fakes.users().delete(jane.id());

        // when / then
        assertThatThrownBy(() -> refresh.refresh(new RefreshSessionCommand(sessionId, firstToken)))
                .isExactlyInstanceOf(SessionEndedException.class);
    }

    @Test
    void refresh_unknownSession_failsAsEnded() {
        // given: no session at all

        // when / then
        assertThatThrownBy(() -> refresh.refresh(new RefreshSessionCommand(UUID.randomUUID(), UUID.randomUUID())))
                .isExactlyInstanceOf(SessionEndedException.class);
        assertThat(fakes.events().all()).isEmpty();
    }

    @Test
    void refresh_expiredSession_failsAsEndedWithoutRevoking() {
        openSessionOf(jane);
        fakes.clock().advance(settings.refreshTokenLifetime());

        // when / then
        assertThatThrownBy(() -> refresh.refresh(new RefreshSessionCommand(sessionId, firstToken)))
                .isExactlyInstanceOf(SessionEndedException.class);
        assertThat(fakes.sessions().find(sessionId).orElseThrow().revokedAt()).isEmpty();
        assertThat(fakes.events().all()).isEmpty();
    }

    @Test
    void refresh_loggedOutSession_failsAsEnded() {
        openSessionOf(jane);
        revoker.revoke(sessionId, "logout", session -> { }, SessionEndedException::new);

        // when / then
        assertThatThrownBy(() -> refresh.refresh(new RefreshSessionCommand(sessionId, firstToken)))
                .isExactlyInstanceOf(SessionEndedException.class);
        assertThat(fakes.audit().entries()).isEmpty();
    }
}
