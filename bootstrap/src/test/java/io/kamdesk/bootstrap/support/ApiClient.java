package io.kamdesk.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for full-stack tests: real sockets, real JSON, no test-only shortcuts. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public Response get(String path, String accessToken) {
        return send(request(path, accessToken).GET());
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response post(String path, Object body, String accessToken) {
        return send(request(path, accessToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response post(String path, Object body) {
        return post(path, body, null);
    }

    /** A request with a JSON body (none when {@code body} is null) and extra headers: name, value, …. */
    public Response sendWith(String method, String path, Object body, String accessToken, String... headers) {
        HttpRequest.Builder request = request(path, accessToken);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json(body))));
    }

    /** A JSON POST with extra headers, given as name, value, …. */
    public Response postWith(String path, Object body, String accessToken, String... headers) {
        HttpRequest.Builder request = request(path, accessToken).header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response postRaw(String path, String contentType, String body, String accessToken) {
        var builder = request(path, accessToken).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    public Response put(String path, Object body, String accessToken) {
        return send(request(path, accessToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response patch(String path, Object body, String accessToken) {
        return send(request(path, accessToken).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))));
    }

    /** A multipart/form-data upload of one file in the field {@code file}; {@code headers} as name, value, …. */
    public Response upload(String path, String fileName, byte[] content, String accessToken, String... headers) {
        String boundary = "----kamdesk" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder request = request(path, accessToken);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The raw bytes of a GET, for downloads. */
    public HttpResponse<byte[]> download(String path, String accessToken) {
        try {
            return http.send(request(path, accessToken).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response delete(String path, String accessToken) {
        return send(request(path, accessToken).DELETE());
    }

    public Response send(String method, String path, String accessToken) {
        return send(request(path, accessToken).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Logs in and answers the tokens. */
    public Tokens logIn(String email, String password) {
        Response response = post("/api/auth/login/", Map.of("email", email, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("login of " + email + " failed: " + response);
        }
        return new Tokens(response.json().get("access").asString(), response.json().get("refresh").asString());
    }

    private HttpRequest.Builder request(String path, String accessToken) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }

    public record Tokens(String access, String refresh) {
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }
}
