package io.kamdesk.adapter.in.rest.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The error body of every 4xx and 5xx: {@code {"detail", "code", "request_id"}}, and for invalid
 * input the offending fields at top level, DRF style ({@code "email": ["Enter a valid email address."]}).
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    /**
     * An error answer whatever the request's {@code Accept} says: the body is JSON, and presetting the
     * type keeps content negotiation from turning it into an empty 406.
     */
    public static ResponseEntity.BodyBuilder response(HttpStatusCode status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
    }

    public static Map<String, Object> body(String detail, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("detail", detail);
        body.put("code", code);
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            body.put("request_id", requestId);
        }
        return body;
    }

    /** 400 body for invalid fields; field names arrive in Java's camelCase and leave in snake_case. */
    public static Map<String, Object> invalid(Map<String, List<String>> fieldErrors) {
        Map<String, Object> body = body("Invalid input.", "invalid");
        fieldErrors.forEach((field, messages) -> body.put(JsonNames.snakeCase(field), List.copyOf(messages)));
        return body;
    }

    /** The body of an error known only by its status, raised outside the controllers. */
    public static Map<String, Object> forStatus(int status) {
        return switch (status) {
            case 400 -> body("The request is malformed (its path, query or headers).", "invalid_request");
            case 401 -> body("Authentication credentials were not provided.", "not_authenticated");
            case 403 -> body("You do not have permission to perform this action.", "permission_denied");
            case 404 -> body("Not found.", "not_found");
            case 405 -> body("Method not allowed.", "method_not_allowed");
            case 413 -> body("The request body is too large.", PayloadTooLargeException.CODE);
            case 414 -> body("The request's address is too long.", "uri_too_long");
            case 431 -> body("The request's headers are too large.", "headers_too_large");
            case 503 -> body("The service is temporarily unavailable; try again in a few seconds.",
                    "service_unavailable");
            default -> status >= 500
                    ? body("A server error occurred.", "server_error")
                    : body(reasonOf(status), "invalid_request");
        };
    }

    private static String reasonOf(int status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        return known == null ? "The request could not be processed." : known.getReasonPhrase() + ".";
    }
}
