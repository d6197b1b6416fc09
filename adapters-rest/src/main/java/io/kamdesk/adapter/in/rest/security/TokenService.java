package io.kamdesk.adapter.in.rest.security;

import io.kamdesk.application.identity.port.in.session.ResolveViewerQuery;
import io.kamdesk.application.identity.port.in.session.SessionGrant;
import io.kamdesk.domain.identity.AuthenticationFailedException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Turns a session grant into signed tokens and reads them back. Both kinds carry the session id
 * ({@code sid}) so that a revoked session invalidates its access tokens too; the refresh token's
 * {@code jti} is the one refresh token id the session currently accepts.
 */
public final class TokenService {

    static final String TOKEN_TYPE_CLAIM = "token_type";
    static final String SESSION_CLAIM = "sid";
    static final String USER_ID_CLAIM = "user_id";

    private final JwtKeys keys;

    public TokenService(JwtKeys keys) {
        this.keys = keys;
    }

    public String accessToken(SessionGrant grant) {
        return sign(JwtKeys.ACCESS_TYPE, claims(grant, "access", UUID.randomUUID(), grant.accessExpiresAt()));
    }

    public String refreshToken(SessionGrant grant) {
        return sign(JwtKeys.REFRESH_TYPE, claims(grant, "refresh", grant.refreshTokenId(), grant.refreshExpiresAt()));
    }

    /** Verifies a refresh token (signature, algorithm, type, issuer, expiry) and reads its ids. */
    public RefreshToken readRefreshToken(String token) {
        if (token == null || token.isBlank()) {
            throw invalidToken();
        }
        try {
            Jwt jwt = keys.refreshDecoder().decode(token);
            return new RefreshToken(userIdOf(jwt), UUID.fromString(jwt.getClaimAsString(SESSION_CLAIM)),
                    UUID.fromString(jwt.getId()));
        } catch (JwtException | IllegalArgumentException | NullPointerException e) {
            throw invalidToken();
        }
    }

    /** The claims of an access token the resource server has already verified. */
    public static ResolveViewerQuery accessClaims(Jwt jwt) {
        return new ResolveViewerQuery(userIdOf(jwt), UUID.fromString(jwt.getClaimAsString(SESSION_CLAIM)));
    }

    private static long userIdOf(Jwt jwt) {
        return Long.parseLong(jwt.getSubject());
    }

    private JwtClaimsSet claims(SessionGrant grant, String tokenType, UUID tokenId, Instant expiresAt) {
        return JwtClaimsSet.builder()
                .issuer(keys.issuer())
                .subject(Long.toString(grant.userId()))
                .id(tokenId.toString())
                .issuedAt(grant.issuedAt())
                .expiresAt(expiresAt)
                .claim(SESSION_CLAIM, grant.sessionId().toString())
                .claim(USER_ID_CLAIM, grant.userId())
                .claim(TOKEN_TYPE_CLAIM, tokenType)
                .build();
    }

    private String sign(String type, JwtClaimsSet claims) {
        JwsHeader header = switch (keys.algorithm()) {
            case MacAlgorithm mac -> JwsHeader.with(mac).type(type).build();
            case SignatureAlgorithm signature -> JwsHeader.with(signature).type(type).build();
            default -> throw new IllegalStateException("unsupported algorithm " + keys.algorithm());
        };
        return keys.encoder().encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static AuthenticationFailedException invalidToken() {
        return AuthenticationFailedException.tokenNotValid();
    }

    /** What a verified refresh token says. */
    public record RefreshToken(long userId, UUID sessionId, UUID tokenId) {
    }
}
