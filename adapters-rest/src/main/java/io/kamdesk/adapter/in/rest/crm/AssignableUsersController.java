package io.kamdesk.adapter.in.rest.crm;

import io.kamdesk.application.crm.port.in.AssignableUserView;
import io.kamdesk.application.crm.port.in.ListAssignableUsersUseCase;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The KAM picker of the prospect and customer forms. */
@RestController
@Tag(name = "Customers")
class AssignableUsersController {

    private final ListAssignableUsersUseCase assignableUsers;

    AssignableUsersController(ListAssignableUsersUseCase assignableUsers) {
        this.assignableUsers = assignableUsers;
    }

    @GetMapping(path = "/api/users/sales-users/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Users records may be assigned to", description = "The choices of a form's KAM or sales "
            + "person field, by username: every active user for callers who see every record, only themselves "
            + "for callers whose role sees their own records.")
    @ApiResponse(responseCode = "200", description = "The users", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = AssignableUserResponse.class)),
            examples = @ExampleObject(value = "[{\"id\": 2, \"username\": \"john_doe\", \"email\": "
                    + "\"john@example.com\", \"first_name\": \"John\", \"last_name\": \"Doe\", \"role_name\": "
                    + "\"sales_person\"}]")))
    List<AssignableUserResponse> salesUsers(@AuthenticationPrincipal Viewer viewer) {
        return assignableUsers.listAssignableUsers(viewer).stream().map(AssignableUserResponse::from).toList();
    }

    /** {@code role_name} is null for a user without a role. */
    record AssignableUserResponse(long id, String username, String email, String firstName, String lastName,
            String roleName) {

        static AssignableUserResponse from(AssignableUserView view) {
            return new AssignableUserResponse(view.id(), view.username(), view.email(), view.firstName(),
                    view.lastName(), view.roleName());
        }
    }
}
