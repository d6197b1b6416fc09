package io.kamdesk.adapter.in.rest.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers access tokens whose signature and claims were verified, keyed by their exact text,
 * until they expire. A client sends the same token with every request of its fifteen minutes, and
 * verifying and parsing it again each time was a sixth of a single-row GET's CPU. Expiry is checked
 * on every hit, with the verifier's clock skew; revocation is checked after decoding, on every
 * request, so a revoked session is refused whether its token was remembered or not. Tokens the
 * verifier refuses are never remembered.
 */
final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Duration clockSkew;
    private final int capacity;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(JwtDecoder verifier, Clock clock, Duration clockSkew, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.verifier = verifier;
        this.clock = clock;
        this.clockSkew = clockSkew;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.get(token);
        if (known != null && unexpired(known)) {
            return known;
        }
        if (known != null) {
            verified.remove(token, known);
        }
        Jwt jwt = verifier.decode(token);
        remember(token, jwt);
        return jwt;
    }

    int size() {
        return verified.size();
    }

    /** As the verifier's timestamp check: expired once the expiry lies more than the skew in the past. */
    private boolean unexpired(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && !clock.instant().minus(clockSkew).isAfter(expiresAt);
    }

    /** Bounded: when full, expired tokens go first, and everything if that was not enough. */
    private void remember(String token, Jwt jwt) {
        if (verified.size() >= capacity) {
            verified.values().removeIf(known -> !unexpired(known));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }
}
