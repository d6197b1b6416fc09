package io.kamdesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.domain.shared.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final Duration LIFETIME = Duration.ofDays(7);
    private static final long USER_ID = 42;

    private final UUID sessionId = UUID.randomUUID();
    private final UUID firstToken = UUID.randomUUID();

    private Session openSession() {
        return Session.open(sessionId, USER_ID, firstToken, NOW, LIFETIME, "203.0.113.7", "Firefox");
    }

    @Test
    void open_newSession_isActiveUntilItsLifetimeEnds() {
        // given: a login now

        Session session = openSession();

        assertThat(session.id()).isEqualTo(sessionId);
        assertThat(session.userId()).isEqualTo(USER_ID);
        assertThat(session.refreshTokenId()).isEqualTo(firstToken);
        assertThat(session.createdAt()).isEqualTo(NOW);
        assertThat(session.refreshedAt()).isEqualTo(NOW);
        assertThat(session.expiresAt()).isEqualTo(NOW.plus(LIFETIME));
        assertThat(session.revokedAt()).isEmpty();
        assertThat(session.revokedReason()).isEmpty();
        assertThat(session.clientAddress()).isEqualTo("203.0.113.7");
        assertThat(session.userAgent()).isEqualTo("Firefox");
        assertThat(session.isActive(NOW)).isTrue();
        assertThat(session.isActive(NOW.plus(LIFETIME).minusNanos(1))).isTrue();
        assertThat(session.isActive(NOW.plus(LIFETIME))).isFalse();
    }

    @Test
    void open_overlongUserAgent_isCutTo512Characters() {
        String userAgent = "x".repeat(600);

        Session session = Session.open(sessionId, USER_ID, firstToken, NOW, LIFETIME, "::1", userAgent);

        assertThat(session.userAgent()).hasSize(512);
    }

    @Test
    void open_missingAddressAndUserAgent_storesEmptyText() {
        // given: a client that sent neither

        Session session = Session.open(sessionId, USER_ID, firstToken, NOW, LIFETIME, null, null);

        assertThat(session.clientAddress()).isEmpty();
        assertThat(session.userAgent()).isEmpty();
    }

    @Test
    void rotate_currentToken_issuesTheNewTokenAndSlidesTheExpiry() {
        Session session = openSession();
        UUID secondToken = UUID.randomUUID();
        Instant later = NOW.plus(Duration.ofDays(3));

        Session rotated = session.rotate(firstToken, secondToken, later, LIFETIME);

        assertThat(rotated.id()).isEqualTo(sessionId);
        assertThat(rotated.refreshTokenId()).isEqualTo(secondToken);
        assertThat(rotated.createdAt()).isEqualTo(NOW);
        assertThat(rotated.refreshedAt()).isEqualTo(later);
        assertThat(rotated.expiresAt()).isEqualTo(later.plus(LIFETIME));
        assertThat(rotated.isActive(NOW.plus(LIFETIME).plusSeconds(1))).isTrue();
        assertThat(rotated.clientAddress()).isEqualTo("203.0.113.7");
        assertThat(session.refreshTokenId()).as("the original is unchanged").isEqualTo(firstToken);
    }

    @Test
    void rotate_repeatedlyWithinTheLifetime_keepsTheSessionAliveBeyondTheFirstExpiry() {
        Session session = openSession();
        UUID token = firstToken;
        Instant at = NOW;

        for (int day = 1; day <= 20; day++) {
            UUID next = UUID.randomUUID();
            at = NOW.plus(Duration.ofDays(day));
            session = session.rotate(token, next, at, LIFETIME);
            token = next;
        }

        assertThat(session.isActive(NOW.plus(Duration.ofDays(20)))).isTrue();
        assertThat(session.expiresAt()).isEqualTo(at.plus(LIFETIME));
    }

    @Test
    void rotate_alreadyRotatedToken_throwsRefreshTokenReused() {
        Session rotated = openSession().rotate(firstToken, UUID.randomUUID(), NOW.plusSeconds(60), LIFETIME);

        RefreshTokenReusedException thrown = catchThrowableOfType(RefreshTokenReusedException.class,
                () -> rotated.rotate(firstToken, UUID.randomUUID(), NOW.plusSeconds(120), LIFETIME));

        assertThat(thrown).isNotNull();
        assertThat(thrown.sessionId()).isEqualTo(sessionId);
        assertThat(thrown.userId()).isEqualTo(USER_ID);
        assertThat(thrown.refusal()).isEqualTo(Refusal.TOKEN_NOT_VALID);
    }

    @Test
    void rotate_revokedSession_throwsSessionEndedEvenWithTheCurrentToken() {
        Session revoked = openSession().revoke(NOW.plusSeconds(10), "logout");

        // when / then
        assertThatThrownBy(() -> revoked.rotate(firstToken, UUID.randomUUID(), NOW.plusSeconds(20), LIFETIME))
                .isExactlyInstanceOf(SessionEndedException.class)
                .satisfies(e -> assertThat(((AuthenticationFailedException) e).refusal())
                        .isEqualTo(Refusal.TOKEN_NOT_VALID));
    }

    @Test
    void rotate_oldTokenOnRevokedSession_throwsSessionEndedRatherThanReuse() {
        Session rotated = openSession().rotate(firstToken, UUID.randomUUID(), NOW.plusSeconds(60), LIFETIME);
        Session revoked = rotated.revoke(NOW.plusSeconds(70), "logout");

        // when / then
        assertThatThrownBy(() -> revoked.rotate(firstToken, UUID.randomUUID(), NOW.plusSeconds(80), LIFETIME))
                .isExactlyInstanceOf(SessionEndedException.class);
    }

    @Test
    void rotate_atTheExpiryInstant_throwsSessionEnded() {
        Session session = openSession();

        // when / then
        assertThatThrownBy(() -> session.rotate(firstToken, UUID.randomUUID(), NOW.plus(LIFETIME), LIFETIME))
                .isExactlyInstanceOf(SessionEndedException.class);
    }

    @Test
    void rotate_justBeforeExpiry_succeeds() {
        Session session = openSession();
        Instant lastMoment = NOW.plus(LIFETIME).minusMillis(1);

        Session rotated = session.rotate(firstToken, UUID.randomUUID(), lastMoment, LIFETIME);

        assertThat(rotated.expiresAt()).isEqualTo(lastMoment.plus(LIFETIME));
    }

    @Test
    void revoke_activeSession_recordsWhenAndWhyAndEndsIt() {
        Session session = openSession();
        Instant at = NOW.plusSeconds(30);

        Session revoked = session.revoke(at, "logout");

        assertThat(revoked.revokedAt()).contains(at);
        assertThat(revoked.revokedReason()).contains("logout");
        assertThat(revoked.isActive(at)).isFalse();
        assertThat(revoked.refreshTokenId()).isEqualTo(firstToken);
        assertThatThrownBy(() -> revoked.requireUsable(at)).isInstanceOf(SessionEndedException.class);
        assertThat(session.isActive(at)).as("the original is unchanged").isTrue();
    }

    @Test
    void revoke_alreadyRevokedSession_keepsTheFirstRevocation() {
        Session revoked = openSession().revoke(NOW.plusSeconds(30), "logout");

        Session again = revoked.revoke(NOW.plusSeconds(90), "refresh token reused");

        assertThat(again.revokedAt()).contains(NOW.plusSeconds(30));
        assertThat(again.revokedReason()).contains("logout");
    }

    @Test
    void requireUsable_activeSession_doesNotThrow() {
        Session session = openSession();

        // when / then
        assertThatCode(() -> session.requireUsable(NOW.plusSeconds(1))).doesNotThrowAnyException();
    }

    @Test
    void restore_storedValues_areKeptAsGiven() {
        Instant revokedAt = NOW.plusSeconds(5);

        Session session = Session.restore(sessionId, USER_ID, firstToken, NOW, NOW.plusSeconds(1),
                NOW.plus(LIFETIME), revokedAt, "password changed", "10.0.0.1", "curl");

        assertThat(session.refreshedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(session.revokedAt()).contains(revokedAt);
        assertThat(session.revokedReason()).contains("password changed");
        assertThat(session.isActive(NOW.plusSeconds(2))).isFalse();
    }
}
