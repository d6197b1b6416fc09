package io.kamdesk.adapter.in.rest.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the query string before anything reads it: each name and value must be well-formed
 * percent-encoded UTF-8 without control characters. The container would otherwise fail on the first
 * {@code getParameter} (a 500), or hand a NUL through to PostgreSQL, which refuses it.
 */
public class QueryStringFilter extends OncePerRequestFilter {

    static final String MALFORMED = "Not valid percent-encoded UTF-8.";
    /** A parameter name an error may be reported under; any other is reported as {@code query_string}. */
    private static final Pattern REPORTABLE_NAME = Pattern.compile("[A-Za-z0-9_.\\[\\]-]{1,64}");

    private final ApiErrorWriter errors;

    public QueryStringFilter(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        Optional<Map.Entry<String, String>> problem = query == null ? Optional.empty() : problemOf(query);
        if (problem.isPresent()) {
            Map<String, Object> body = ApiErrors.body("The query string is not valid.", "invalid");
            body.put(problem.get().getKey(), List.of(problem.get().getValue()));
            errors.write(response, HttpServletResponse.SC_BAD_REQUEST, body);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The first parameter (by name, or {@code query_string} when the name is unreadable) that is refused. */
    static Optional<Map.Entry<String, String>> problemOf(String query) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            Optional<String> name = decode(equals < 0 ? pair : pair.substring(0, equals));
            Optional<String> value = equals < 0 ? Optional.of("") : decode(pair.substring(equals + 1));
            if (name.isEmpty() || value.isEmpty()) {
                return Optional.of(Map.entry(reportedName(name), MALFORMED));
            }
            Optional<String> refused = TextCharacters.problemOfSingleLine(name.get())
                    .or(() -> TextCharacters.problemOfSingleLine(value.get()));
            if (refused.isPresent()) {
                return Optional.of(Map.entry(reportedName(name), refused.get()));
            }
        }
        return Optional.empty();
    }

    private static String reportedName(Optional<String> name) {
        return name.filter(text -> TextCharacters.problemOfSingleLine(text).isEmpty()
                && REPORTABLE_NAME.matcher(text).matches()).orElse("query_string");
    }

    /** Form decoding ({@code +} is a space) that refuses a bad escape or bytes that are not UTF-8. */
    static Optional<String> decode(String encoded) {
        if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
            return Optional.of(encoded);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 256) {
                // the container hands over the raw query one byte per character
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
