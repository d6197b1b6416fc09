package io.kamdesk.adapter.in.rest.security;

import io.kamdesk.adapter.in.rest.shared.ApiErrorWriter;
import io.kamdesk.adapter.in.rest.shared.IdempotentPosts;
import io.kamdesk.application.shared.port.in.idempotency.ClaimKeyCommand;
import io.kamdesk.application.shared.port.in.idempotency.IdempotentRequestsUseCase;
import io.kamdesk.application.shared.port.in.idempotency.KeyedOutcome;
import io.kamdesk.application.shared.port.in.idempotency.StoredAnswer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Safe retries of POSTs ({@code Idempotency-Key}, docs/api-guide.md): the first request under a
 * user's key runs and its answer is kept; a repeat of it is answered the same without running
 * ({@code Idempotent-Replayed: true}); the key with another request is 422; a repeat while the first
 * still runs waits for it, then 409. The request runs in the key's transaction: an answer of 400 or
 * more keeps none of its writes, a 5xx frees the key. Runs once the caller is known, on the POSTs
 * {@link IdempotentPosts} names.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final long NOBODY = 0;
    private static final MessageDigest SHA_256 = newSha256();

    private final IdempotentRequestsUseCase keys;
    private final ApiErrorWriter errors;

    IdempotencyFilter(IdempotentRequestsUseCase keys, ApiErrorWriter errors) {
        this.keys = keys;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !IdempotentPosts.takeKeys(request.getRequestURI(), signedIn() != null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            errors.write(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("detail",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters.", "code", "invalid"));
            return;
        }
        HttpServletRequest readAgain = isMultipart(request) ? request : new BodyReadAgain(request);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        KeyedOutcome outcome;
        try {
            outcome = keys.answer(new ClaimKeyCommand(caller(), key, fingerprint(readAgain)),
                    () -> run(readAgain, answer, chain));
        } catch (ChainRun.Failed failed) {
            failed.rethrow();
            return;
        }
        switch (outcome) {
            case KeyedOutcome.Ran ran -> answer.copyBodyToResponse();
            case KeyedOutcome.Replay replay -> replay(response, replay.answer());
            case KeyedOutcome.KeyReused reused -> errors.write(response, 422, Map.of("detail",
                    "This Idempotency-Key was used with another request (method, path or body); use a new key for "
                            + "a new request.", "code", "idempotency_key_reused"));
            case KeyedOutcome.StillRunning running -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                errors.write(response, HttpServletResponse.SC_CONFLICT, Map.of("detail",
                        "The first request with this Idempotency-Key is still running; retry in a moment to get "
                                + "its answer.", "code", "idempotency_key_in_progress"));
            }
        }
    }

    /**
     * The request as the key's run: its answer is held back (the wrapper copies it out only once the
     * key's transaction has committed), so that no client sees an answer the database may not keep.
     */
    private static StoredAnswer run(HttpServletRequest request, ContentCachingResponseWrapper answer,
            FilterChain chain) {
        ChainRun.run(chain, request, answer);
        return new StoredAnswer(answer.getStatus(), answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
                answer.getContentAsByteArray());
    }

    private static void replay(HttpServletResponse response, StoredAnswer answer) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** The signed-in caller, if any. */
    private static Long signedIn() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ViewerAuthentication signed
                ? signed.viewer().userId() : null;
    }

    /** Whose key it is: the signed-in caller's, or nobody's for a registration. */
    private static long caller() {
        Long signed = signedIn();
        return signed == null ? NOBODY : signed;
    }

    /** What makes two requests the same: method, path, query, media type and body (an upload's parts). */
    private static String fingerprint(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        for (String part : new String[] {request.getMethod(), request.getRequestURI(), request.getQueryString(),
            mediaType(request)}) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        if (isMultipart(request)) {
            for (Part part : request.getParts()) {
                digest.update((part.getName() + "\0" + part.getSubmittedFileName() + "\0")
                        .getBytes(StandardCharsets.UTF_8));
                try (InputStream content = part.getInputStream()) {
                    digest.update(content.readAllBytes());
                }
            }
        } else {
            digest.update(((BodyReadAgain) request).body);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The content type without its parameters: a multipart boundary is new in every request. */
    private static String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** A fresh SHA-256 digest, copied from one made once: looking the algorithm up costs more. */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be copied", e);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The request with its body read once, for the fingerprint, and given again to the controller. */
    private static final class BodyReadAgain extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyReadAgain(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }
}
