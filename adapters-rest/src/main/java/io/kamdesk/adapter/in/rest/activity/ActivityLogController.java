package io.kamdesk.adapter.in.rest.activity;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.kamdesk.adapter.in.rest.shared.Downloads;
import io.kamdesk.adapter.in.rest.shared.InvalidRequestException;
import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.ListResponder;
import io.kamdesk.application.activity.port.in.ActivityAction;
import io.kamdesk.application.activity.port.in.ActivityEntryQuery;
import io.kamdesk.application.activity.port.in.ActivityResource;
import io.kamdesk.application.activity.port.in.ActivitySortField;
import io.kamdesk.application.activity.port.in.ActivityStatsQuery;
import io.kamdesk.application.activity.port.in.ActivityStatsUseCase;
import io.kamdesk.application.activity.port.in.CleanActivityLogCommand;
import io.kamdesk.application.activity.port.in.CleanActivityLogUseCase;
import io.kamdesk.application.activity.port.in.ExportActivityUseCase;
import io.kamdesk.application.activity.port.in.FindActivityEntryUseCase;
import io.kamdesk.application.activity.port.in.ListActivityQuery;
import io.kamdesk.application.activity.port.in.ListActivityUseCase;
import io.kamdesk.application.activity.port.in.UserActivityQuery;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The activity log: who changed what, when, from what to what. A viewer who sees all records reads
 * every entry, one who sees their own reads their own.
 */
@RestController
@RequestMapping("/api/activity-logs")
@Tag(name = "Activity log")
class ActivityLogController {

    private static final int DEFAULT_USER_DAYS = 30;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ListActivityUseCase listActivity;
    private final FindActivityEntryUseCase findEntry;
    private final ActivityStatsUseCase stats;
    private final CleanActivityLogUseCase clean;
    private final ListResponder lists;
    private final ExportActivityUseCase export;

    ActivityLogController(ListActivityUseCase listActivity, FindActivityEntryUseCase findEntry,
            ActivityStatsUseCase stats, CleanActivityLogUseCase clean, ListResponder lists,
            ExportActivityUseCase export) {
        this.export = export;
        this.listActivity = listActivity;
        this.findEntry = findEntry;
        this.stats = stats;
        this.clean = clean;
        this.lists = lists;
    }

    @GetMapping("/")
    @Operation(summary = "List the activity log", description = "Newest first by default. Without page/page_size "
            + "(or pageSize) a bare array, streamed; with them the envelope {count, next, previous, results}.")
    @ActivityFilters
    @ApiResponse(responseCode = "200", description = "The entries", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = ActivityEntryResponse.class))))
    @ListQuery(ordering = ActivitySortField.class, search = "the user name, action, resource, address and details")
    void listActivityLog(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request,
            HttpServletResponse response) {
        ListActivityQuery query = query(viewer, ListParameters.of(request));
        lists.respond(request, response, query.spec(), sink -> listActivity.listActivity(query, sink),
                ActivityEntryResponse::of);
    }

    @GetMapping("/export/")
    @Operation(summary = "Export the activity log", description = "format=csv (default), excel or xlsx; the list's "
            + "filters, search, ordering and the caller's reach apply. One row per entry, details as JSON text. The "
            + "export is itself recorded (export_activity_logs).")
    @ActivityFilters
    @ListQuery(ordering = ActivitySortField.class, download = true,
            search = "the user name, action, resource, address and details")
    @ApiResponse(responseCode = "200", description = "activity_log.csv or activity_log.xlsx", content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    void exportActivityLog(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request,
            HttpServletResponse response) {
        FileFormat format = Downloads.format(request.getParameter("format"));
        ListActivityQuery query = query(viewer, ListParameters.of(request));
        Downloads.send(response, "activity_log", format, out -> export.exportActivity(query, format, out));
    }

    private static ListActivityQuery query(Viewer viewer, ListParameters parameters) {
        return new ListActivityQuery(viewer, parameters.id("user_id"),
                parameters.choice("action", ActivityAction.class, ActivityAction::code),
                parameters.choice("resource", ActivityResource.class, ActivityResource::code),
                parameters.id("resource_id"), parameters.date("start_date"), parameters.date("end_date"),
                parameters.spec(ActivitySortField.class));
    }

    @GetMapping("/{id}/")
    @Operation(summary = "Read an entry of the activity log")
    @ApiResponse(responseCode = "200", description = "The entry")
    @ApiResponse(responseCode = "404", description = "No entry with this id within the caller's reach")
    ActivityEntryResponse getActivityEntry(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        return ActivityEntryResponse.of(findEntry.findActivityEntry(new ActivityEntryQuery(viewer, id)));
    }

    @GetMapping("/stats/summary/")
    @Operation(summary = "Count the activity of a period", description = "By action, resource, user and day. "
            + "Without dates: the last 30 days, today (in the business's time zone) included.")
    @Parameter(name = "start_date", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "end_date", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @ApiResponse(responseCode = "200", description = "The counts")
    ActivityStatsResponse activitySummary(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request) {
        ListParameters parameters = ListParameters.of(request);
        return ActivityStatsResponse.of(stats.activityStats(new ActivityStatsQuery(viewer,
                parameters.date("start_date"), parameters.date("end_date"))));
    }

    @GetMapping("/user/{id}/summary/")
    @Operation(summary = "Count one user's recent activity", description = "days=N (default 30): the last N days, "
            + "today included.")
    @Parameter(name = "days", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1",
            maximum = "3660"))
    @ApiResponse(responseCode = "200", description = "The counts")
    @ApiResponse(responseCode = "404", description = "A user whose entries the caller may not read")
    ActivityStatsResponse userActivitySummary(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            HttpServletRequest request) {
        int days = ListParameters.of(request).id("days").map(ActivityLogController::days).orElse(DEFAULT_USER_DAYS);
        return ActivityStatsResponse.of(stats.userActivity(new UserActivityQuery(viewer, id, days)));
    }

    @PostMapping(path = "/clean/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Remove old entries", description = "Entries older than days_to_keep days (1 to 36500; "
            + "daysToKeep is read too) are removed; the cleaning is itself recorded. The only way entries leave the "
            + "log.")
    @ApiResponse(responseCode = "200", description = "How many entries were removed")
    CleanResponse cleanActivityLog(@AuthenticationPrincipal Viewer viewer, @RequestBody CleanRequest body) {
        if (body == null || body.daysToKeep() == null) {
            throw InvalidRequestException.of("days_to_keep", "This field is required.");
        }
        long removed = clean.cleanActivityLog(new CleanActivityLogCommand(viewer, body.daysToKeep()));
        return new CleanResponse(removed, body.daysToKeep());
    }

    private static int days(long requested) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, requested));
    }

    /** The body of a clean; the existing client sends {@code daysToKeep}, also read. */
    @Schema(name = "CleanActivityLogRequest")
    record CleanRequest(@JsonAlias("daysToKeep") Integer daysToKeep) {
    }

    @Schema(name = "CleanActivityLogResult")
    record CleanResponse(long deleted, int daysToKeep) {
    }
}
