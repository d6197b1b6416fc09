package io.kamdesk.adapter.in.rest.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.JwaAlgorithm;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The signing key and the one algorithm tokens may use. Each decoder accepts exactly that algorithm
 * (so {@code alg: none} and algorithm confusion fail) and exactly one token type, checked both in
 * the {@code typ} header and the {@code token_type} claim, so a refresh token never passes as an
 * access token or the other way round.
 */
public final class JwtKeys {

    static final String ACCESS_TYPE = "at+jwt";
    static final String REFRESH_TYPE = "refresh+jwt";
    private static final Logger log = LoggerFactory.getLogger(JwtKeys.class);
    private static final int MIN_SECRET_BYTES = 32;
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    /** About 2 KiB each: at most some 8 MiB, and far more than the users signed in at once. */
    private static final int VERIFIED_TOKENS_KEPT = 4_096;

    private final JwaAlgorithm algorithm;
    private final JwtEncoder encoder;
    private final JwtDecoder accessDecoder;
    private final JwtDecoder refreshDecoder;
    private final String issuer;

    private JwtKeys(JwaAlgorithm algorithm, JwtEncoder encoder, JwtDecoder accessDecoder, JwtDecoder refreshDecoder,
            String issuer) {
        this.algorithm = algorithm;
        this.encoder = encoder;
        this.accessDecoder = accessDecoder;
        this.refreshDecoder = refreshDecoder;
        this.issuer = issuer;
    }

    public static JwtKeys from(JwtProperties properties) {
        if (properties.rsaPrivateKeyLocation() != null || properties.rsaPublicKeyLocation() != null) {
            return rsa(properties);
        }
        if (properties.secret() != null && !properties.secret().isBlank()) {
            return hmac(properties.secret().getBytes(StandardCharsets.UTF_8), properties.issuer());
        }
        log.warn("No kamdesk.security.jwt.secret (or RSA key pair) is configured: generated a signing key for this "
                + "process. Tokens will not survive a restart and other instances will not accept them; "
                + "configure a key for production.");
        byte[] generated = new byte[MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(generated);
        return hmac(generated, properties.issuer());
    }

    private static JwtKeys hmac(byte[] secret, String issuer) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("kamdesk.security.jwt.secret must be at least " + MIN_SECRET_BYTES
                    + " bytes long for HS256");
        }
        SecretKey key = new SecretKeySpec(secret, "HmacSHA256");
        JwtEncoder encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        return new JwtKeys(MacAlgorithm.HS256, encoder,
                remembered(decoder(NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256)
                        .validateType(false).build(), ACCESS_TYPE, "access", issuer)),
                decoder(NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).validateType(false)
                        .build(), REFRESH_TYPE, "refresh", issuer),
                issuer);
    }

    private static JwtKeys rsa(JwtProperties properties) {
        if (properties.rsaPrivateKeyLocation() == null || properties.rsaPublicKeyLocation() == null) {
            throw new IllegalStateException("RS256 needs both kamdesk.security.jwt.rsa-private-key-location and "
                    + "kamdesk.security.jwt.rsa-public-key-location");
        }
        RSAPrivateKey privateKey = read(properties.rsaPrivateKeyLocation(), RsaKeyConverters.pkcs8()::convert);
        RSAPublicKey publicKey = read(properties.rsaPublicKeyLocation(), RsaKeyConverters.x509()::convert);
        JwtEncoder encoder = NimbusJwtEncoder.withKeyPair(publicKey, privateKey).build();
        String issuer = properties.issuer();
        return new JwtKeys(SignatureAlgorithm.RS256, encoder,
                remembered(decoder(NimbusJwtDecoder.withPublicKey(publicKey)
                        .signatureAlgorithm(SignatureAlgorithm.RS256).validateType(false).build(),
                        ACCESS_TYPE, "access", issuer)),
                decoder(NimbusJwtDecoder.withPublicKey(publicKey).signatureAlgorithm(SignatureAlgorithm.RS256)
                        .validateType(false).build(), REFRESH_TYPE, "refresh", issuer),
                issuer);
    }

    private static JwtDecoder decoder(NimbusJwtDecoder decoder, String type, String tokenType, String issuer) {
        List<OAuth2TokenValidator<Jwt>> validators = List.of(
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(issuer),
                new JwtTypeValidator(type),
                new JwtClaimValidator<String>(TokenService.TOKEN_TYPE_CLAIM, tokenType::equals),
                new JwtClaimValidator<Object>("exp", exp -> exp != null),
                new JwtClaimValidator<String>(TokenService.SESSION_CLAIM, sid -> sid != null && !sid.isBlank()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** Access tokens come with every request; refresh tokens once per refresh, so only the former are kept. */
    private static JwtDecoder remembered(JwtDecoder accessDecoder) {
        return new VerifiedTokenCache(accessDecoder, Clock.systemUTC(), CLOCK_SKEW, VERIFIED_TOKENS_KEPT);
    }

    private static <K> K read(Resource location, java.util.function.Function<InputStream, K> parse) {
        try (InputStream in = location.getInputStream()) {
            return parse.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the key at " + location, e);
        }
    }

    JwaAlgorithm algorithm() {
        return algorithm;
    }

    JwtEncoder encoder() {
        return encoder;
    }

    public JwtDecoder accessDecoder() {
        return accessDecoder;
    }

    JwtDecoder refreshDecoder() {
        return refreshDecoder;
    }

    String issuer() {
        return issuer;
    }
}
