package io.kamdesk.adapter.in.rest.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;

/**
 * The error body of every 4xx and 5xx: {@code {"detail", "code", "request_id"}}, and for invalid
 * input the offending fields at top level, DRF style ({@code "email": ["Enter a valid email address."]}).
 */
public final class ApiErrors {

    private ApiErrors() {
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
}
