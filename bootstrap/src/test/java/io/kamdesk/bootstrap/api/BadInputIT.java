package io.kamdesk.bootstrap.api;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed requests by the ten thousand, generated from the API's own description
 * ({@code /v3/api-docs}): every body field of every write endpoint replaced by bad values of every
 * kind, raw malformed bodies, bad values of every query parameter, bad path ids and bad headers. No
 * answer may be a 5xx; every error must be the API's JSON error body; no body may name an internal
 * class, SQL or a stack frame.
 */
@FullStackTest
// a context (and database) of its own: the failed logins it sends throttle its address
@TestPropertySource(properties = "kamdesk.test.isolated-context=bad-input")
class BadInputIT {

    private static final int MINIMUM_REQUESTS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LEAKS = Pattern.compile(
            "Exception|org\\.springframework|java\\.lang|jooq|PSQL|SQLState|\\.java:\\d|\\tat |<html|<!doctype",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** Values no field expects: wrong types, extreme numbers, broken dates, invisible and hostile text. */
    private static final List<String> BAD_VALUES = List.of(
            "null", "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udc00\"", "\"\\u202e\"",
            "\"\\u0007bell\"", "\"line\\nbreak\"", "\"tab\\tbed\"", "\"𝄞😀\"", "\"" + "x".repeat(5_000) + "\"",
            "-1", "0", "-0", "1.5", "1e309", "-1e309", "1E-2147483648", "1e2147483647", "9223372036854775808",
            "-9223372036854775809", "123456789012345678901234567890.123456789", "0.0000000000000000000001",
            "true", "false", "[]", "[1]", "[\"\"]", "[null]", "[{}]", "[[[]]]", "{}", "{\"a\": 1}",
            "\"2025-02-30\"", "\"2025-13-01\"", "\"0000-00-00\"", "\"99999-01-01\"", "\"-1\"", "\"1e400\"",
            "\"NaN\"", "\"Infinity\"", "\"0x1F\"", "\" 12 \"", "\"12abc\"", "\"<script>alert(1)</script>\"",
            "\"' OR '1'='1\"", "\"%00\"", "\"\\\\\"", "\"\\\"\"", "\"a:b:c\"", "\"all\"", "\"own\"");

    /** Bodies that are not the JSON object a write endpoint takes. */
    private static final List<String> RAW_BODIES = List.of(
            "", " ", "{", "}", "{\"a\":", "[1,2", "null", "true", "42", "\"text\"", "[]", "[{}]", "{\"a\" 1}",
            "{'a': 1}", "{\"a\": 1,}", "\u0000", "{\"a\": \"\\x00\"}", "{\"a\": \"\\u12\"}", "{\"a\": 01}",
            "{\"a\": NaN}", "{\"a\": Infinity}", "{\"a\": 1e99999999999}", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000), "\uFEFF{}", "{\"a\": 1}{\"b\": 2}");

    /** Raw body × content type combinations beyond JSON. */
    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
            "multipart/form-data; boundary=", "application/json; charset=latin1", "application/json; charset=bogus",
            "application/*", "*/*", "garbage");

    /** Query values no parameter expects, already percent-encoded or not (raw escapes go as they are). */
    private static final List<String> BAD_QUERY_VALUES = List.of(
            "", "%00", "a%00b", "%ff", "%ED%A0%80", "%C0%AF", "%e2%80%ae", "%07", "-1", "0", "99999999999999999999",
            "1.5", "1e309", "NaN", "true", "yes", "maybe", "2025-02-30", "2025-13-01", "31/12/2025", "0000-00-00",
            "%27%20OR%201%3D1", "%3Cscript%3E", "-", ",", "-,-", "name,-name,", "%25", "%2525", "x".repeat(3_000),
            "%F0%9D%84%9E", "%5B%5D", "%7B%7D", "all", "Active", "excel");

    private static final List<String> BAD_IDS = List.of(
            "0", "-1", "999999999", "9223372036854775807", "9223372036854775808", "1.5", "1e3", "abc", "%20",
            "%2e%2e", "null", "true", "%F0%9D%84%9E", "00000000-0000-0000-0000-000000000000", "1%3B1");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicLong sent = new AtomicLong();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private String root;
    private Map<String, String> pathIds;

    @Test
    void malformedRequestsByTheTenThousand_neverGetA5xxNorLeakInternals() throws Exception {
        ApiClient api = new ApiClient(port);
        root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
        pathIds = fixtures(api);
        JsonNode document = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<Runnable> attacks = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                attacks.addAll(attacksOn(document, path.getKey(), operation.getKey(), operation.getValue()))));
        attacks.addAll(headerAttacks());

        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<?>> done = new ArrayList<>();
            attacks.forEach(attack -> done.add(pool.submit(attack)));
            for (Future<?> future : done) {
                future.get();
            }
        }

        assertThat(sent.get()).as("requests sent").isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
        assertThat(failures).as("answers that were 5xx, not JSON errors, or leaked internals").isEmpty();
    }

    private List<Runnable> attacksOn(JsonNode document, String template, String method, JsonNode operation) {
        List<Runnable> attacks = new ArrayList<>();
        String path = withFixtureIds(template);
        String verb = method.toUpperCase();
        if (template.contains("{")) {
            for (String badId : BAD_IDS) {
                attacks.add(() -> send(verb, template.replaceAll("\\{[^}]+}", badId), "application/json", "{}",
                        root));
            }
        }
        for (String parameter : queryParameters(operation)) {
            for (String value : BAD_QUERY_VALUES) {
                attacks.add(() -> send(verb, path + "?" + parameter + "=" + value, null, null, root));
            }
        }
        if (verb.equals("GET")) {
            for (String common : List.of("search", "ordering", "page", "page_size", "pageSize", "format")) {
                for (String value : BAD_QUERY_VALUES) {
                    attacks.add(() -> send(verb, path + "?" + common + "=" + value, null, null, root));
                }
            }
        }
        if (!operation.has("requestBody")) {
            return attacks;
        }
        boolean multipart = operation.get("requestBody").path("content").has("multipart/form-data");
        for (String body : RAW_BODIES) {
            attacks.add(() -> send(verb, path, multipart ? "multipart/form-data; boundary=x" : "application/json",
                    body, root));
        }
        for (String contentType : CONTENT_TYPES) {
            attacks.add(() -> send(verb, path, contentType, "{\"a\": 1}", root));
        }
        if (multipart) {
            attacks.addAll(multipartAttacks(verb, path));
            return attacks;
        }
        ObjectNode base = baseBody(document, operation);
        for (String field : fieldsOf(document, operation, base)) {
            for (String value : BAD_VALUES) {
                attacks.add(() -> send(verb, path, "application/json", withField(base, field, value), root));
            }
        }
        return attacks;
    }

    /** Uploads whose parts, names or bytes are wrong. */
    private List<Runnable> multipartAttacks(String verb, String path) {
        List<Runnable> attacks = new ArrayList<>();
        List<String[]> files = List.of(
                new String[] {"data.txt", "name,email\nA,a@b.c\n"}, new String[] {"report.pdf", "%PDF-1.4"},
                new String[] {"x.csv", "\u0000\u0001\u0002"}, new String[] {"x.csv", "name,email,phone\na\u0000b,x,y\n"},
                new String[] {"x.xlsx", "PK\u0003\u0004broken"}, new String[] {"x.xls", "\u00d0\u00cf\u0011\u00e0"},
                new String[] {"", ""}, new String[] {"../../etc/passwd", "a"}, new String[] {"x.csv", ""},
                new String[] {"x.csv", "\"unterminated\n"}, new String[] {"%00.csv", "a"});
        for (String[] file : files) {
            for (String query : List.of("", "?dry_run=true", "?mode=atomic", "?mode=%ff", "?dry_run=%00")) {
                attacks.add(() -> upload(verb, path + query, file[0], file[1]));
            }
        }
        return attacks;
    }

    private List<Runnable> headerAttacks() {
        List<Runnable> attacks = new ArrayList<>();
        List<Map<String, String>> headerSets = List.of(
                Map.of("Authorization", "Bearer"), Map.of("Authorization", "Bearer a.b.c"),
                Map.of("Authorization", "Bearer " + "a".repeat(9_000)), Map.of("Authorization", "Basic Zm9vOmJhcg=="),
                Map.of("Authorization", "Bearer \u00ff"), Map.of("X-Request-Id", "x".repeat(500)),
                Map.of("X-Request-Id", "\u00e9t\u00e9"), Map.of("Accept", "application/xml"),
                Map.of("Accept", "text/html;q=abc"), Map.of("Accept-Language", "xx;q=2"),
                Map.of("Origin", "http://evil.test"), Map.of("Content-Type", "application/json; charset=utf-16"),
                Map.of("X-Forwarded-For", "not-an-address, , 300.1.1.1"), Map.of("Range", "bytes=9-1"));
        for (String path : List.of("/api/users/me/", "/api/customers/", "/api/bills/?page=1", "/api/auth/login/",
                "/actuator/health", "/v3/api-docs", "/api/customers/export/")) {
            for (Map<String, String> headers : headerSets) {
                attacks.add(() -> sendWithHeaders("GET", path, headers));
            }
        }
        return attacks;
    }

    /** The operation's query parameters as the document lists them. */
    private static List<String> queryParameters(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("in").asString().equals("query")) {
                names.add(parameter.path("name").asString());
            }
        });
        return names;
    }

    /**
     * The fields a body of this operation carries: its request schema's properties, its example's
     * keys, and the properties of what it answers (DRF clients send objects back as they got them).
     */
    private static Set<String> fieldsOf(JsonNode document, JsonNode operation, ObjectNode base) {
        Set<String> fields = new LinkedHashSet<>(base.propertyNames());
        operation.path("requestBody").path("content").forEach(media -> fields.addAll(properties(document,
                media.path("schema"))));
        operation.path("responses").forEach(response -> response.path("content").forEach(
                media -> fields.addAll(properties(document, media.path("schema")))));
        fields.remove("");
        return fields;
    }

    private static Set<String> properties(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema);
        if (resolved.has("items")) {
            resolved = resolve(document, resolved.get("items"));
        }
        return new LinkedHashSet<>(resolved.path("properties").propertyNames());
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String reference = schema.path("$ref").asString("");
        if (!reference.startsWith("#/components/schemas/")) {
            return schema;
        }
        return document.path("components").path("schemas").path(reference.substring("#/components/schemas/".length()));
    }

    /** The operation's example body, made fit to pass: unique where uniqueness is checked, ids of the fixtures. */
    private ObjectNode baseBody(JsonNode document, JsonNode operation) {
        ObjectNode body = JSON.createObjectNode();
        operation.path("requestBody").path("content").forEach(media -> {
            JsonNode example = media.path("examples").isObject() && !media.path("examples").isEmpty()
                    ? media.path("examples").values().iterator().next().path("value")
                    : media.path("example");
            JsonNode parsed = example.isString() ? JSON.readTree(example.asString()) : example;
            if (parsed.isObject()) {
                body.setAll((ObjectNode) parsed);
            }
        });
        return body;
    }

    private String withField(ObjectNode base, String field, String rawValue) {
        ObjectNode body = base.deepCopy();
        long unique = sent.get() + System.nanoTime();
        if (body.has("email")) {
            body.put("email", "fuzz" + unique + "@example.com");
        }
        if (body.has("username")) {
            body.put("username", "fuzz" + unique);
        }
        if (body.has("name") && body.has("permissions")) {
            body.put("name", "fuzz_" + unique);
        }
        for (String reference : List.of("customer", "assigned_sales_person", "sales_person")) {
            if (body.has(reference)) {
                body.put(reference, Long.parseLong(reference.equals("customer") ? pathIds.get("customer")
                        : pathIds.get("user")));
            }
        }
        for (String secret : List.of("password", "old_password", "new_password")) {
            if (!secret.equals(field)) {
                // a valid password costs a deliberately slow hash per request; without one the body still
                // goes through every other field's checks
                body.remove(secret);
            }
        }
        String marker = "\"__fuzz__\"";
        body.put(field, "__fuzz__");
        return JSON.writeValueAsString(body).replace(marker, rawValue);
    }

    private String withFixtureIds(String template) {
        Matcher variables = PATH_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(path, idFor(template, variables.group(1)));
        }
        variables.appendTail(path);
        return path.toString();
    }

    private String idFor(String template, String variable) {
        if (template.startsWith("/api/auth/sessions/")) {
            return "00000000-0000-0000-0000-000000000001";
        }
        if (template.startsWith("/api/users/") || variable.equals("userId")) {
            return pathIds.get("user");
        }
        if (template.startsWith("/api/auth/roles/")) {
            return pathIds.get("role");
        }
        if (template.startsWith("/api/customers/prospects/")) {
            return pathIds.get("prospect");
        }
        if (template.startsWith("/api/bills/")) {
            return pathIds.get("bill");
        }
        return pathIds.get("customer");
    }

    /** A user, role, prospect, customer and bill of the test's own, for the endpoints that change one. */
    private Map<String, String> fixtures(ApiClient api) {
        Map<String, String> ids = new LinkedHashMap<>();
        String unique = Long.toString(System.nanoTime());
        ids.put("user", api.post("/api/users/", Map.of("username", "fuzzkam" + unique, "email", "fuzzkam" + unique
                + "@example.com", "password", "Sturdy-Passphrase-42", "role", "sales_person"), root).json()
                .get("id").asString());
        ids.put("role", api.post("/api/auth/roles/", Map.of("name", "fuzz_" + unique, "permissions",
                List.of("bills:read")), root).json().get("id").asString());
        ids.put("prospect", api.post("/api/customers/prospects/", Map.of("name", "Fuzz Prospect"), root).json()
                .get("id").asString());
        ids.put("customer", api.post("/api/customers/", Map.of("name", "Fuzz Customer", "email", "fuzzcustomer"
                + unique + "@example.com", "phone", "+880 1711-000000"), root).json().get("id").asString());
        ids.put("bill", api.post("/api/bills/", Map.of("customer", Long.parseLong(ids.get("customer")),
                "billing_date", "2025-11-30"), root).json().get("id").asString());
        ids.values().forEach(id -> assertThat(id).as("fixture ids").matches("\\d+"));
        return ids;
    }

    private void send(String method, String path, String contentType, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        check(method + " " + path, request);
    }

    private void sendWithHeaders(String method, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        if (!headers.containsKey("Authorization")) {
            request.header("Authorization", "Bearer " + root);
        }
        check(method + " " + path + " " + headers.keySet(), request);
    }

    private void upload(String method, String path, String fileName, String content) {
        String boundary = "----fuzz" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + root)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1));
        check(method + " " + path + " file " + fileName, request);
    }

    private void check(String what, HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            failures.add(what + ": no answer (" + e + ")");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        sent.incrementAndGet();
        String body = response.body();
        if (response.statusCode() >= 500) {
            failures.add(what + " -> " + response.statusCode() + " " + abbreviated(body));
        } else if (response.statusCode() >= 400 && !isJsonError(response)) {
            failures.add(what + " -> " + response.statusCode() + " not a JSON error: " + abbreviated(body));
        } else if (LEAKS.matcher(body).find() && !what.contains("/v3/api-docs")) {
            failures.add(what + " -> " + response.statusCode() + " leaks: " + abbreviated(body));
        }
    }

    private static boolean isJsonError(HttpResponse<String> response) {
        boolean json = response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        if (!json) {
            return false;
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            return body.path("detail").isString() && body.path("code").isString();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
