package io.kamdesk.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.shared.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokenCacheTest {

    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private final MutableClock clock = MutableClock.at(NOW);
    private final CountingVerifier verifier = new CountingVerifier();

    @Test
    void aVerifiedToken_isNotVerifiedAgain() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock, SKEW, 10);

        Jwt first = cache.decode("token-a");
        Jwt second = cache.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(verifier.verified).containsExactly("token-a");
    }

    @Test
    void aRememberedToken_isVerifiedAgainOnceExpiredBeyondTheSkew() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock, SKEW, 10);
        cache.decode("token-a");

        clock.advance(Duration.ofMinutes(15).plus(SKEW));
        cache.decode("token-a");
        assertThat(verifier.verified).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        verifier.refuseFromNowOn();
        assertThatThrownBy(() -> cache.decode("token-a")).isInstanceOf(BadJwtException.class);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aRefusedToken_isNeverRemembered() {
        verifier.refuseFromNowOn();
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock, SKEW, 10);

        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifier.verified).containsExactly("forged", "forged");
        assertThat(cache.size()).isZero();
    }

    @Test
    void tokensDifferingInOneCharacter_areVerifiedEachOnTheirOwn() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock, SKEW, 10);
        cache.decode("token-a");

        verifier.refuseFromNowOn();

        assertThatThrownBy(() -> cache.decode("token-b")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void neverHoldsMoreThanItsCapacity_andDropsExpiredTokensFirst() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock, SKEW, 3);
        cache.decode("old-1");
        cache.decode("old-2");
        clock.advance(Duration.ofMinutes(10));
        cache.decode("recent");
        clock.advance(Duration.ofMinutes(6));

        cache.decode("new");

        assertThat(cache.size()).isEqualTo(2);
        cache.decode("recent");
        assertThat(verifier.verified).containsExactly("old-1", "old-2", "recent", "new");

        for (int i = 0; i < 10; i++) {
            cache.decode("more-" + i);
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
    }

    /** Issues tokens that expire fifteen minutes after they are verified, or refuses them. */
    private final class CountingVerifier implements JwtDecoder {

        final List<String> verified = new ArrayList<>();
        private boolean refusing;

        void refuseFromNowOn() {
            refusing = true;
        }

        @Override
        public Jwt decode(String token) {
            verified.add(token);
            if (refusing) {
                throw new BadJwtException("refused");
            }
            Instant issuedAt = clock.instant();
            return Jwt.withTokenValue(token).header("alg", "HS256").subject("1")
                    .issuedAt(issuedAt).expiresAt(issuedAt.plus(Duration.ofMinutes(15))).build();
        }
    }
}
