package io.kamdesk.adapter.in.rest.activity;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.kamdesk.application.activity.port.in.ActivityEntryView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * An entry of the activity log. {@code details} is a JSON object: {@code changes} as
 * {@code {field: [before, after]}} (amounts as decimal strings, dates as YYYY-MM-DD), the request's
 * {@code method} and {@code path}, and the counts of imports and exports.
 */
@Schema(name = "ActivityEntry")
record ActivityEntryResponse(long id, Long userId, String username, String action, String resource,
        Long resourceId,
        @JsonRawValue @Schema(type = "object", description = "changes as {field: [before, after]}, method, path, "
                + "counts") String details,
        String ipAddress, String userAgent, String requestId, Instant createdAt) {

    static ActivityEntryResponse of(ActivityEntryView view) {
        return new ActivityEntryResponse(view.id(), view.userId(), view.username(), view.action(), view.resource(),
                view.resourceId(), view.details(), view.ipAddress(), view.userAgent(), view.requestId(),
                view.createdAt());
    }
}
