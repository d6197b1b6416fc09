package io.kamdesk.adapter.in.rest.security;

import io.kamdesk.adapter.in.rest.shared.ApiErrorWriter;
import io.kamdesk.adapter.in.rest.shared.VersionedRoutes;
import io.kamdesk.application.shared.ActivityContext;
import io.kamdesk.application.shared.VersionedRecord;
import io.kamdesk.application.shared.port.in.versions.RecordVersionsUseCase;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Versions on the wire (docs/api-guide.md#versions-etag-and-if-match): a record's answers carry its
 * version as a strong {@code ETag}; a {@code GET} with {@code If-None-Match} of it answers 304; a
 * write with {@code If-Match} hands the version to the database, which refuses the write if the
 * record has moved on (412, with the current ETag). The controllers decide first whether the caller
 * may see the record at all, so an ETag is never told for a record out of the caller's reach.
 */
class ConditionalRequestFilter extends OncePerRequestFilter {

    private static final List<Compiled> ROUTES = VersionedRoutes.ROUTES.stream()
            .map(route -> new Compiled(route.pattern(), route)).toList();
    private static final List<String> WRITES = List.of("PUT", "PATCH", "DELETE", "POST");

    private final RecordVersionsUseCase versions;
    private final ApiErrorWriter errors;
    private final boolean requireIfMatch;

    ConditionalRequestFilter(RecordVersionsUseCase versions, ApiErrorWriter errors, boolean requireIfMatch) {
        this.versions = versions;
        this.errors = errors;
        this.requireIfMatch = requireIfMatch;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return target(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Target target = target(request).orElseThrow();
        boolean write = WRITES.contains(request.getMethod());
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        if (write && ifMatch == null && requireIfMatch) {
            errors.write(response, 428, Map.of("detail", "This write needs an If-Match header with the record's ETag: "
                    + "read the record first.", "code", "precondition_required"));
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        Optional<Long> version;
        try {
            if (write && ifMatch != null && !ifMatch.strip().equals("*")) {
                MDC.put(ActivityContext.IF_MATCH_RECORD, target.record().code());
                MDC.put(ActivityContext.IF_MATCH_ID, Long.toString(target.id()));
                MDC.put(ActivityContext.IF_MATCH_VERSION, expectedVersion(ifMatch));
            }
            version = answerTagged(request, answer, chain, target);
        } catch (ChainRun.Failed failed) {
            failed.rethrow();
            return;
        } finally {
            MDC.remove(ActivityContext.IF_MATCH_RECORD);
            MDC.remove(ActivityContext.IF_MATCH_ID);
            MDC.remove(ActivityContext.IF_MATCH_VERSION);
        }
        if (answer.getStatus() == HttpServletResponse.SC_PRECONDITION_FAILED) {
            version = versions.currentVersion(target.record(), target.id());
        }
        version.ifPresent(tag -> tagAnswer(request, answer, tag));
        answer.copyBodyToResponse();
    }

    /**
     * Runs the request and says which version its answer's tag is, if it gets one: the one the answer
     * shows, never a newer one, lest a client's next If-Match cover a write it has not seen. A read
     * and its version are read in one read-only transaction, one snapshot; a write's version in its
     * transaction, before another write of the row can commit. A deletion and a refusal get none.
     */
    private Optional<Long> answerTagged(HttpServletRequest request, ContentCachingResponseWrapper answer,
            FilterChain chain, Target target) {
        if (isRead(request)) {
            Optional<Long> seen = versions.read(target.record(), target.id(), () -> {
                ChainRun.run(chain, request, answer);
                return answer.getStatus();
            }).version();
            return succeeded(answer) ? seen : Optional.empty();
        }
        if ("DELETE".equals(request.getMethod())) {
            ChainRun.run(chain, request, answer);
            return Optional.empty();
        }
        return versions.write(target.record(), target.id(), () -> {
            ChainRun.run(chain, request, answer);
            return answer.getStatus();
        }, status -> status < HttpServletResponse.SC_BAD_REQUEST).version();
    }

    private static boolean succeeded(HttpServletResponse answer) {
        return answer.getStatus() >= 200 && answer.getStatus() < 300;
    }

    /** The answer's ETag; a GET whose If-None-Match holds it answers 304 without its body. */
    private static void tagAnswer(HttpServletRequest request, ContentCachingResponseWrapper answer, long version) {
        String etag = etag(version, request);
        answer.setHeader(HttpHeaders.ETAG, etag);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (answer.getStatus() == HttpServletResponse.SC_OK && isRead(request) && ifNoneMatch != null
                && matchesAny(ifNoneMatch, etag)) {
            answer.resetBuffer();
            answer.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
    }

    /** The version an If-Match holds for this record; one that cannot be (a weak or foreign tag) never matches. */
    private static String expectedVersion(String ifMatch) {
        String first = ifMatch.split(",")[0].strip();
        Matcher tag = Pattern.compile("\"(\\d{1,18})(-pdf)?\"").matcher(first);
        return tag.matches() ? tag.group(1) : "none";
    }

    /** A strong tag per representation: the invoice's PDF is not its JSON. */
    private static String etag(long version, HttpServletRequest request) {
        String format = request.getParameter("format");
        return "\"" + version + ("pdf".equalsIgnoreCase(format) ? "-pdf" : "") + "\"";
    }

    private static boolean matchesAny(String header, String etag) {
        return Arrays.stream(header.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static Optional<Target> target(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean post = "POST".equals(request.getMethod());
        for (Compiled route : ROUTES) {
            Matcher matcher = route.pattern().matcher(path);
            // a POST only to an action (convert, void, issue, cancel), never to the record itself
            if (matcher.matches() && post == route.route().action()) {
                return Optional.of(new Target(route.route().record(), Long.parseLong(matcher.group(1))));
            }
        }
        return Optional.empty();
    }

    private record Compiled(Pattern pattern, VersionedRoutes.Route route) {
    }

    private record Target(VersionedRecord record, long id) {
    }
}
