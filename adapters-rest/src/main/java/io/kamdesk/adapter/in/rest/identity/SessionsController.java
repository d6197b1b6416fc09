package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.adapter.in.rest.security.ViewerAuthentication;
import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.ListResponder;
import io.kamdesk.application.identity.port.in.session.ListSessionsQuery;
import io.kamdesk.application.identity.port.in.session.ListSessionsUseCase;
import io.kamdesk.application.identity.port.in.session.RevokeSessionUseCase;
import io.kamdesk.application.identity.port.in.session.SessionSortField;
import io.kamdesk.application.identity.port.in.session.SessionView;
import io.kamdesk.application.shared.ListSpec;
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
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own logins: where they are signed in, and a way to end one. */
@RestController
@RequestMapping("/api/auth/sessions")
@Tag(name = "Auth")
class SessionsController {

    private final ListSessionsUseCase listSessions;
    private final RevokeSessionUseCase revokeSession;
    private final ListResponder lists;

    SessionsController(ListSessionsUseCase listSessions, RevokeSessionUseCase revokeSession, ListResponder lists) {
        this.listSessions = listSessions;
        this.revokeSession = revokeSession;
        this.lists = lists;
    }

    @GetMapping("/")
    @Operation(summary = "List my sessions", description = "Newest first by default. Without page/page_size a "
            + "bare array; with them the envelope {count, next, previous, results}. X-Total-Count either way.")
    @Parameter(name = "active", in = ParameterIn.QUERY, description = "true: only usable sessions; false: only ended ones",
            schema = @Schema(type = "boolean"))
    @ApiResponse(responseCode = "200", description = "The sessions", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = SessionResponse.class))))
    @ListQuery(ordering = SessionSortField.class, search = "the client address and user agent")
    void list(ViewerAuthentication caller, HttpServletRequest request, HttpServletResponse response) {
        ListParameters parameters = ListParameters.of(request);
        ListSpec<SessionSortField> spec = parameters.spec(SessionSortField.class);
        var query = new ListSessionsQuery(caller.viewer(), caller.sessionId(), parameters.bool("active"), spec);
        lists.respond(request, response, spec, sink -> listSessions.listSessions(query, sink),
                SessionResponse::from);
    }

    @DeleteMapping("/{id}/")
    @Operation(summary = "End one of my sessions", description = "Its refresh and access tokens stop working on "
            + "every instance within seconds.")
    @ApiResponse(responseCode = "204", description = "Ended (or already ended)")
    @ApiResponse(responseCode = "404", description = "No session of yours with this id")
    ResponseEntity<Void> revoke(ViewerAuthentication caller, @PathVariable UUID id) {
        revokeSession.revokeSession(caller.viewer(), id);
        return ResponseEntity.noContent().build();
    }

    record SessionResponse(UUID id, Instant createdAt, Instant refreshedAt, Instant expiresAt, Instant revokedAt,
            String revokedReason, String clientAddress, String userAgent, boolean active, boolean current) {

        static SessionResponse from(SessionView view) {
            return new SessionResponse(view.id(), view.createdAt(), view.refreshedAt(), view.expiresAt(),
                    view.revokedAt(), view.revokedReason(), view.clientAddress(), view.userAgent(), view.active(),
                    view.current());
        }
    }
}
