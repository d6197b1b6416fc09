package io.kamdesk.bootstrap.api;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.jooq.DSLContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One regression test per kind of malformed request found by a black-box attack: each answers a
 * clear 4xx in the API's JSON error format and writes nothing.
 */
@FullStackTest
class MalformedRequestsIT {

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    ApiClient api;
    String root;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
    }

    @Test
    void nulInABodyValue_isAFieldErrorAndWritesNothing() {
        int before = dsl.fetchCount(dsl.selectFrom("customer"));

        Response response = api.post("/api/customers/", "{\"name\": \"a\\u0000b\", \"email\": \"nul@example.com\", "
                + "\"phone\": \"+880 1711-000000\"}", root);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("name").get(0).asString()).isEqualTo("Null characters are not allowed.");
        assertThat(dsl.fetchCount(dsl.selectFrom("customer"))).isEqualTo(before);
    }

    @Test
    void nulInALoginOrAnyOtherBody_isAFieldError() {
        Response login = api.post("/api/auth/login/", "{\"email\": \"a\\u0000@example.com\", \"password\": \"x\"}");
        Response role = api.post("/api/auth/roles/", "{\"name\": \"r\", \"description\": \"\\u0000\", "
                + "\"permissions\": []}", root);

        assertThat(login.status()).isEqualTo(400);
        assertThat(login.json().has("email")).isTrue();
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.json().has("description")).isTrue();
    }

    @Test
    void controlCharacterInASingleLineField_isAFieldError() {
        Response response = api.post("/api/customers/prospects/", "{\"name\": \"Acme\\nInc\", \"notes\": "
                + "\"line one\\nline two\"}", root);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().propertyNames()).contains("name").doesNotContain("notes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/customers/?search=%00", "/api/bills/?search=a%00", "/api/users/?search=%07",
        "/api/customers/prospects/?status=%00"})
    void nulOrControlInAQueryValue_isAFieldErrorOfThatParameter(String path) {
        Response response = api.get(path, root);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("invalid");
        String parameter = path.substring(path.indexOf('?') + 1, path.indexOf('='));
        assertThat(response.json().has(parameter)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/customers/export/?search=%00", "/api/bills/export/?search=%00",
        "/api/bills/export/?format=excel&billing_date=2025-02-30", "/api/customers/export/?ordering=nope"})
    void exportWithABadParameter_isAJsonErrorNotAStartedDownload(String path) {
        var response = api.download(path, root);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/customers/?x=%ff", "/api/bills/?page=%ED%A0%80", "/api/users/me/?a=%C0%AF",
        "/api/dashboard/kpis/?from=%ff", "/actuator/health?x=%ff"})
    void invalidPercentEscapeInAQueryValue_is400(String path) {
        Response response = api.get(path, root);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isEqualTo("The query string is not valid.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E-2147483648", "1e2147483647", "-1E-2147483648", "1e-2147483649"})
    void numberWithAnExtremeExponent_is400(String number) {
        Response customer = api.post("/api/customers/", "{\"name\": \"N\", \"email\": \"n@example.com\", \"phone\": "
                + "\"+880 1711-000000\", \"monthly_revenue\": " + number + "}", root);
        Response bill = api.post("/api/bills/", "{\"customer\": 1, \"billing_date\": \"2025-11-30\", \"iig_qt\": "
                + number + "}", root);

        assertThat(customer.status()).isEqualTo(400);
        assertThat(bill.status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/customers/%00/", "/api/customers/%ff/", "/api/customers/%2f/", "/api/bills/%5c/"})
    void undecodablePathSegment_isAJson400(String path) throws IOException {
        RawResponse response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + root
                + "\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("content-type")).startsWith("application/json");
        assertThat(response.json().get("code").asString()).isEqualTo("invalid_request");
    }

    @Test
    void oversizedHeaders_areAJson431() throws IOException {
        RawResponse response = raw("GET /api/customers/ HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + "a".repeat(9_000) + "\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(431);
        assertThat(response.header("content-type")).startsWith("application/json");
        assertThat(response.json().get("code").asString()).isEqualTo("headers_too_large");
    }

    @Test
    void errorPathCalledDirectly_isNotFound() {
        Response response = api.get("/error");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("not_found");
    }

    @Test
    void pagingLinks_neverComeFromTheHostHeader() throws IOException {
        for (int i = 0; i < 3; i++) {
            api.post("/api/customers/prospects/", Map.of("name", "Paged " + i), root);
        }

        RawResponse response = raw("GET /api/customers/prospects/?page=2&page_size=1&search=Paged HTTP/1.1\r\n"
                + "Host: evil.test\r\nAuthorization: Bearer " + root + "\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("next").asString()).startsWith("/api/customers/prospects/?")
                .contains("page=3").contains("page_size=1").contains("search=Paged");
        assertThat(response.json().get("previous").asString()).startsWith("/api/customers/prospects/?")
                .contains("page=1").contains("page_size=1");
        assertThat(response.body()).doesNotContain("evil.test");
    }

    /** A request written byte for byte, for what an HTTP client library refuses to send. */
    private RawResponse raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String text = in.lines().collect(Collectors.joining("\n"));
            return RawResponse.parse(text);
        }
    }

    record RawResponse(int status, Map<String, String> headers, String body) {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        static RawResponse parse(String text) {
            String[] headAndBody = text.split("\n\r?\n", 2);
            String[] lines = headAndBody[0].split("\r?\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(), lines[i].substring(colon + 1).strip());
                }
            }
            String body = headAndBody.length > 1 ? headAndBody[1] : "";
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunked(body);
            }
            return new RawResponse(status, headers, body);
        }

        private static String unchunked(String chunked) {
            StringBuilder body = new StringBuilder();
            String[] lines = chunked.split("\r?\n");
            for (int i = 0; i + 1 < lines.length; i += 2) {
                if (Integer.parseInt(lines[i].strip(), 16) == 0) {
                    break;
                }
                body.append(lines[i + 1]);
            }
            return body.toString();
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
