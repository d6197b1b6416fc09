package io.kamdesk.application.activity.port.in;

import java.time.Instant;

/**
 * One entry of the activity log. {@code details} is a JSON object: the changed fields as
 * {@code {"changes": {field: [before, after]}}} (fields by their stored names, amounts as decimal
 * strings), the request's method and path, and for imports and exports their counts.
 */
public record ActivityEntryView(long id, Long userId, String username, String action, String resource,
        Long resourceId, String details, String ipAddress, String userAgent, String requestId,
        Instant createdAt) {
}
