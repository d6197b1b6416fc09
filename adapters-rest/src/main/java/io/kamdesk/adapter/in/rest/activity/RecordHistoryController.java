package io.kamdesk.adapter.in.rest.activity;

import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.ListResponder;
import io.kamdesk.application.activity.port.in.ActivitySortField;
import io.kamdesk.application.activity.port.in.RecordHistoryQuery.HistoryResource;
import io.kamdesk.application.activity.port.in.RecordHistoryQuery;
import io.kamdesk.application.activity.port.in.RecordHistoryUseCase;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A record's history, beside the record, for whoever may read the record. */
@RestController
@Tag(name = "Activity log")
class RecordHistoryController {

    private final RecordHistoryUseCase history;
    private final ListResponder lists;

    RecordHistoryController(RecordHistoryUseCase history, ListResponder lists) {
        this.history = history;
        this.lists = lists;
    }

    @GetMapping("/api/customers/{id}/history/")
    @Operation(summary = "A customer's history", description = "Its entries in the activity log, newest first.")
    @ApiResponse(responseCode = "200", description = "The entries", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = ActivityEntryResponse.class))))
    @ApiResponse(responseCode = "404", description = "No customer with this id within the caller's scope")
    @ListQuery(ordering = ActivitySortField.class, search = "the user name, action, address and details")
    void customerHistory(@AuthenticationPrincipal Viewer viewer, @PathVariable long id, HttpServletRequest request,
            HttpServletResponse response) {
        respond(viewer, HistoryResource.CUSTOMER, id, request, response);
    }

    @GetMapping("/api/bills/{id}/history/")
    @Operation(summary = "A bill's history", description = "Its entries in the activity log, newest first.")
    @ApiResponse(responseCode = "200", description = "The entries", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = ActivityEntryResponse.class))))
    @ApiResponse(responseCode = "404", description = "No bill with this id within the caller's scope")
    @ListQuery(ordering = ActivitySortField.class, search = "the user name, action, address and details")
    void billHistory(@AuthenticationPrincipal Viewer viewer, @PathVariable long id, HttpServletRequest request,
            HttpServletResponse response) {
        respond(viewer, HistoryResource.BILL, id, request, response);
    }

    @GetMapping("/api/customers/prospects/{id}/history/")
    @Operation(summary = "A prospect's history", description = "Its entries in the activity log, newest first: "
            + "its status changes among them.")
    @ApiResponse(responseCode = "200", description = "The entries", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = ActivityEntryResponse.class))))
    @ApiResponse(responseCode = "404", description = "No prospect with this id within the caller's scope")
    @ListQuery(ordering = ActivitySortField.class, search = "the user name, action, address and details")
    void prospectHistory(@AuthenticationPrincipal Viewer viewer, @PathVariable long id, HttpServletRequest request,
            HttpServletResponse response) {
        respond(viewer, HistoryResource.PROSPECT, id, request, response);
    }

    private void respond(Viewer viewer, HistoryResource resource, long id, HttpServletRequest request,
            HttpServletResponse response) {
        ListSpec<ActivitySortField> spec = ListParameters.of(request).spec(ActivitySortField.class);
        var query = new RecordHistoryQuery(viewer, resource, id, spec);
        lists.respond(request, response, spec, sink -> history.recordHistory(query, sink), ActivityEntryResponse::of);
    }
}
