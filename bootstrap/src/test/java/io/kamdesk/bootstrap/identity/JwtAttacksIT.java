package io.kamdesk.bootstrap.identity;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Tokens;
import io.kamdesk.bootstrap.support.FullStackTest;
import io.kamdesk.bootstrap.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Forged, tampered and misused tokens are all refused with 401. */
@FullStackTest
class JwtAttacksIT {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    @LocalServerPort
    int port;

    ApiClient api;
    Tokens tokens;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        tokens = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @Test
    void validToken_isAccepted() {
        assertThat(api.get("/api/users/me/", tokens.access()).status()).isEqualTo(200);
    }

    @Test
    void algNone_isRefused() {
        String[] parts = tokens.access().split("\\.");
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(api.get("/api/users/me/", header + "." + parts[1] + ".").status()).isEqualTo(401);
    }

    @Test
    void wrongSignature_isRefused() throws Exception {
        String forged = sign(claimsOf(tokens.access()), "another-secret-that-is-also-long-enough-123",
                JWSAlgorithm.HS256, "at+jwt");

        assertThat(api.get("/api/users/me/", forged).status()).isEqualTo(401);
    }

    @Test
    void rightlySignedCopyOfAGenuineToken_isAccepted() throws Exception {
        // given: the forging below works: the same claims signed with the service's key pass

        String resigned = sign(new JWTClaimsSet.Builder(claimsOf(tokens.access())).jwtID(UUID.randomUUID().toString())
                .build(), TestUsers.JWT_SECRET, JWSAlgorithm.HS256, "at+jwt");

        assertThat(api.get("/api/users/me/", resigned).status()).isEqualTo(200);
    }

    @Test
    void rightlySignedTokenNamingAnotherUsersSession_isRefused() throws Exception {
        String email = TestUsers.uniqueEmail("bob");
        api.post("/api/users/", Map.of("email", email, "username", "bob" + System.nanoTime(), "password",
                "Sturdy-Passphrase-42", "role", "viewer"), tokens.access());
        String bobsSession = claimsOf(api.logIn(email, "Sturdy-Passphrase-42").access()).getStringClaim("sid");

        String forged = sign(new JWTClaimsSet.Builder(claimsOf(tokens.access())).claim("sid", bobsSession)
                .jwtID(UUID.randomUUID().toString()).build(), TestUsers.JWT_SECRET, JWSAlgorithm.HS256, "at+jwt");

        assertThat(api.get("/api/users/me/", forged).status()).isEqualTo(401);
    }

    @Test
    void rightlySignedTokenOfASessionThatNeverExisted_isRefused() throws Exception {
        String forged = sign(new JWTClaimsSet.Builder(claimsOf(tokens.access()))
                .claim("sid", UUID.randomUUID().toString()).jwtID(UUID.randomUUID().toString()).build(),
                TestUsers.JWT_SECRET, JWSAlgorithm.HS256, "at+jwt");

        assertThat(api.get("/api/users/me/", forged).status()).isEqualTo(401);
    }

    @Test
    void editedPayload_isRefused() {
        String[] parts = tokens.access().split("\\.");
        String payload = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8).replace("\"sub\":\"1\"",
                "\"sub\":\"2\"").replace("\"token_type\":\"access\"", "\"token_type\":\"access\" ");
        String edited = parts[0] + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(api.get("/api/users/me/", edited).status()).isEqualTo(401);
    }

    @Test
    void otherAlgorithmWithTheRightKey_isRefused() throws Exception {
        String hs512 = sign(claimsOf(tokens.access()), TestUsers.JWT_SECRET + TestUsers.JWT_SECRET,
                JWSAlgorithm.HS512, "at+jwt");

        assertThat(api.get("/api/users/me/", hs512).status()).isEqualTo(401);
    }

    @Test
    void expiredToken_isRefused() throws Exception {
        JWTClaimsSet expired = new JWTClaimsSet.Builder(claimsOf(tokens.access()))
                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(600)))
                .build();

        String token = sign(expired, TestUsers.JWT_SECRET, JWSAlgorithm.HS256, "at+jwt");

        assertThat(api.get("/api/users/me/", token).status()).isEqualTo(401);
    }

    @Test
    void correctlySignedToken_withUnexpiredClaims_isAccepted() throws Exception {
        String resigned = sign(claimsOf(tokens.access()), TestUsers.JWT_SECRET, JWSAlgorithm.HS256, "at+jwt");

        assertThat(api.get("/api/users/me/", resigned).status()).isEqualTo(200);
    }

    @Test
    void refreshTokenAsAccessToken_isRefused() {
        assertThat(api.get("/api/users/me/", tokens.refresh()).status()).isEqualTo(401);
    }

    @Test
    void accessTokenAsRefreshToken_isRefused() {
        var response = api.post("/api/auth/refresh/", Map.of("refresh", tokens.access()));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("token_not_valid");
    }

    @Test
    void accessClaimsWithRefreshTypeHeader_isRefused() throws Exception {
        String token = sign(claimsOf(tokens.access()), TestUsers.JWT_SECRET, JWSAlgorithm.HS256, "refresh+jwt");

        assertThat(api.get("/api/users/me/", token).status()).isEqualTo(401);
    }

    @Test
    void garbage_isRefusedWithJsonError() {
        var response = api.get("/api/users/me/", "not-a-jwt");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("token_not_valid");
    }

    @Test
    void malformedBearerHeader_isRefusedWithJsonError() {
        var response = api.get("/api/users/me/", tokens.access() + " " + tokens.access());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("token_not_valid");
    }

    @Test
    void theSameTokenAgain_isStillAccepted_andAnAlteredCopyOfItIsNot() {
        assertThat(api.get("/api/users/me/", tokens.access()).status()).isEqualTo(200);
        String access = tokens.access();
        int signature = access.lastIndexOf('.') + 1;
        String signatureAltered = access.substring(0, signature)
                + (access.charAt(signature) == 'A' ? 'B' : 'A') + access.substring(signature + 1);

        assertThat(api.get("/api/users/me/", access).status()).isEqualTo(200);
        assertThat(api.get("/api/users/me/", signatureAltered).status()).isEqualTo(401);
    }

    private static JWTClaimsSet claimsOf(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }

    private static String sign(JWTClaimsSet claims, String secret, JWSAlgorithm algorithm, String type)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(new JOSEObjectType(type)).build(), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
