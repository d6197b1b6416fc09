package io.kamdesk.bootstrap.api;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The error format, request ids and infrastructure endpoints, over real HTTP. */
@FullStackTest
class ApiConventionsIT {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void malformedJson_answers400ParseError() {
        Response response = api.postRaw("/api/auth/login/", "application/json", "{\"email\": ", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("parse_error");
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("tools.jackson");
    }

    @Test
    void wrongJsonType_answersFieldError() {
        Response response = api.postRaw("/api/auth/login/", "application/json",
                "{\"email\": {\"nested\": true}, \"password\": \"x\"}", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().has("email")).isTrue();
    }

    @Test
    void wrongContentType_answers415() {
        Response response = api.postRaw("/api/auth/login/", "text/plain", "email=a", null);

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("code").asString()).isEqualTo("unsupported_media_type");
    }

    @Test
    void wrongMethod_answers405WithAllow() {
        Response response = api.get("/api/auth/login/");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().get("code").asString()).isEqualTo("method_not_allowed");
        assertThat(response.header("Allow")).contains("POST");
    }

    @Test
    void unknownPath_answers401ToStrangersAnd404ToSignedInUsers() {
        String access = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();

        Response anonymous = api.get("/api/no-such-thing/");
        Response signedIn = api.get("/api/no-such-thing/", access);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(signedIn.status()).isEqualTo(404);
        assertThat(signedIn.json().get("code").asString()).isEqualTo("not_found");
    }

    @Test
    void nonUuidSessionId_answers404() {
        String access = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();

        Response response = api.delete("/api/auth/sessions/not-a-uuid/", access);

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void oversizedBody_answers413BeforeReadingIt() {
        String huge = "{\"email\": \"" + "a".repeat(1_100_000) + "\", \"password\": \"x\"}";

        Response response = api.postRaw("/api/auth/login/", "application/json", huge, null);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("code").asString()).isEqualTo("payload_too_large");
    }

    @Test
    void oversizedChunkedBody_answers413() throws Exception {
        byte[] chunk = ("{\"email\": \"" + "a".repeat(1_100_000) + "\"}").getBytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/login/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(chunk)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("payload_too_large");
    }

    @Test
    void everyResponse_carriesARequestId_andErrorsRepeatIt() {
        Response response = api.post("/api/auth/login/", Map.of());

        assertThat(response.header("X-Request-Id")).isNotBlank();
        assertThat(response.json().get("request_id").asString()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void callersRequestId_isKept() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("X-Request-Id", "trace-abc-123")
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("X-Request-Id")).contains("trace-abc-123");
    }

    @Test
    void errorPage_isJsonToo() {
        Response response = api.get("/error");

        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().has("detail")).isTrue();
        assertThat(response.json().has("code")).isTrue();
    }

    @Test
    void publicInfrastructure_ignoresAStaleAuthorizationHeader() {
        assertThat(api.get("/actuator/health", "stale.token.value").status()).isEqualTo(200);
        assertThat(api.get("/v3/api-docs", "stale.token.value").status()).isEqualTo(200);
    }

    @Test
    void healthProbes_areServedButMetricsAreNot() {
        assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
        Response metrics = api.get("/actuator/prometheus");
        assertThat(metrics.status()).as("metrics live on the management port only").isEqualTo(404);
        assertThat(metrics.json().get("code").asString()).isEqualTo("not_found");
    }

    @Test
    void openApiDocument_describesTheApiIn31() {
        Response document = api.get("/v3/api-docs");
        Response alias = api.get("/api/schema/");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("openapi").asString()).startsWith("3.1");
        assertThat(document.json().get("paths").has("/api/auth/login/")).isTrue();
        assertThat(document.json().get("paths").has("/api/users/me/")).isTrue();
        assertThat(document.json().get("components").get("securitySchemes").has("bearer")).isTrue();
        assertThat(alias.status()).isEqualTo(200);
        assertThat(alias.json().get("openapi").asString()).startsWith("3.1");
    }

    @Test
    void schemaAliasWithoutSlash_isServedToo() {
        assertThat(api.get("/api/schema").json().get("openapi").asString()).startsWith("3.1");
    }

    @Test
    void corsPreflight_fromConfiguredOrigin_isAllowed_andOthersAreNot() throws Exception {
        HttpResponse<String> allowed = preflight("http://localhost:5173");
        HttpResponse<String> foreign = preflight("https://evil.example");

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:5173");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(foreign.body()).contains("\"code\":\"cors_rejected\"");
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/users/me/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void swaggerUi_isServed() {
        Response ui = api.get("/swagger-ui/index.html");

        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }
}
