package io.kamdesk.adapter.in.rest.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * How tokens are signed. With RSA key locations set, RS256; otherwise HS256 with {@code secret}
 * (at least 32 bytes); with neither, a key is generated at start (see {@link JwtKeys}).
 *
 * @param secret the HS256 key, shared by every instance
 * @param rsaPrivateKeyLocation a PKCS#8 PEM private key, for RS256
 * @param rsaPublicKeyLocation the matching X.509 PEM public key
 * @param issuer the {@code iss} claim written and required
 */
@ConfigurationProperties("kamdesk.security.jwt")
public record JwtProperties(String secret, Resource rsaPrivateKeyLocation, Resource rsaPublicKeyLocation,
        String issuer) {

    public JwtProperties {
        issuer = issuer == null || issuer.isBlank() ? "kamdesk" : issuer;
    }
}
