package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.adapter.in.rest.security.ViewerAuthentication;
import io.kamdesk.adapter.in.rest.shared.DetailResponse;
import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.ListResponder;
import io.kamdesk.application.identity.port.in.role.RoleRef;
import io.kamdesk.application.identity.port.in.user.ChangeOwnPasswordUseCase;
import io.kamdesk.application.identity.port.in.user.CreateUserUseCase;
import io.kamdesk.application.identity.port.in.user.DeleteUserUseCase;
import io.kamdesk.application.identity.port.in.user.ListUsersQuery;
import io.kamdesk.application.identity.port.in.user.ListUsersUseCase;
import io.kamdesk.application.identity.port.in.user.UpdateUserCommand;
import io.kamdesk.application.identity.port.in.user.UpdateUserUseCase;
import io.kamdesk.application.identity.port.in.user.UserSortField;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User management (admins) and the caller's own password. */
@RestController
@RequestMapping(path = "/api/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users", description = "User management (admin or super_admin only) and password change")
class UsersController {

    private static final String USER_EXAMPLE = """
            {"id": 2, "email": "newuser@example.com", "username": "newuser", "first_name": "John",
             "last_name": "Doe", "role": 4, "role_name": "sales_person", "is_active": true,
             "created_at": "2025-11-06T10:00:00Z", "updated_at": "2025-11-06T10:00:00Z"}""";

    private final ListUsersUseCase listUsers;
    private final CreateUserUseCase createUser;
    private final UpdateUserUseCase updateUser;
    private final DeleteUserUseCase deleteUser;
    private final ChangeOwnPasswordUseCase changeOwnPassword;
    private final ListResponder lists;

    UsersController(ListUsersUseCase listUsers, CreateUserUseCase createUser, UpdateUserUseCase updateUser,
            DeleteUserUseCase deleteUser, ChangeOwnPasswordUseCase changeOwnPassword, ListResponder lists) {
        this.listUsers = listUsers;
        this.createUser = createUser;
        this.updateUser = updateUser;
        this.deleteUser = deleteUser;
        this.changeOwnPassword = changeOwnPassword;
        this.lists = lists;
    }

    @GetMapping("/")
    @Operation(summary = "List users", description = "A bare array without page/page_size, the envelope "
            + "{count, next, previous, results} with them; X-Total-Count either way.")
    @Parameter(name = "role", in = ParameterIn.QUERY, description = "Role id or role name",
            schema = @Schema(type = "string"))
    @Parameter(name = "is_active", in = ParameterIn.QUERY, description = "true or false",
            schema = @Schema(type = "boolean"))
    @ApiResponse(responseCode = "200", description = "The users", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = UserResponse.class)),
            examples = @ExampleObject(value = "[" + USER_EXAMPLE + "]")))
    @ListQuery(ordering = UserSortField.class, search = "email, username, first and last name")
    void list(HttpServletRequest request, HttpServletResponse response) {
        ListParameters parameters = ListParameters.of(request);
        ListSpec<UserSortField> spec = parameters.spec(UserSortField.class);
        var query = new ListUsersQuery(parameters.text("role").map(UsersController::roleFilter),
                parameters.bool("is_active"), spec);
        lists.respond(request, response, spec, sink -> listUsers.listUsers(query, sink), UserResponse::from);
    }

    @PostMapping(path = "/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a user", description = "role is a role id (or name); sales_person when absent. "
            + "The password must meet the policy. Answers the full user.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"email": "newuser@example.com", "username": "newuser", "password": "Password123!",
             "first_name": "John", "last_name": "Doe", "role": 4, "is_active": true}""")))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = UserResponse.class), examples = @ExampleObject(value = USER_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid fields (taken e-mail or username, weak password, "
            + "unknown role)")
    @ApiResponse(responseCode = "403", description = "The role would grant more than the caller holds")
    ResponseEntity<UserResponse> create(@AuthenticationPrincipal Viewer viewer,
            @org.springframework.web.bind.annotation.RequestBody UserRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(UserResponse.from(
                createUser.createUser(UserRequests.create(viewer, body))));
    }

    @GetMapping("/{id}/")
    @Operation(summary = "Get a user")
    @ApiResponse(responseCode = "200", description = "The user", content = @Content(
            schema = @Schema(implementation = UserResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such user")
    UserResponse get(@PathVariable long id) {
        return UserResponse.from(listUsers.getUser(id));
    }

    @PutMapping(path = "/{id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a user's fields", description = "email and username are required; other "
            + "fields absent stay as they are. password sets a new password and ends the user's sessions.")
    @ApiResponse(responseCode = "200", description = "The updated user")
    UserResponse replace(ViewerAuthentication caller, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestBody UserRequest body) {
        return update(caller, id, body, true);
    }

    @PatchMapping(path = "/{id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change some of a user's fields", description = "Only the fields sent change. "
            + "is_active false or a new password ends all of the user's sessions. Nobody changes their own role; "
            + "only a super_admin changes a super_admin; the last active super_admin stays.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"email": "updated@example.com", "role": 3, "is_active": false}""")))
    @ApiResponse(responseCode = "200", description = "The updated user")
    @ApiResponse(responseCode = "403", description = "Own role, super_admin protection, or escalation")
    @ApiResponse(responseCode = "409", description = "Would leave no active super_admin")
    UserResponse patch(ViewerAuthentication caller, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestBody UserRequest body) {
        return update(caller, id, body, false);
    }

    private UserResponse update(ViewerAuthentication caller, long id, UserRequest body, boolean replace) {
        UpdateUserCommand command = UserRequests.update(caller.viewer(), caller.sessionId(), id, body, replace);
        return UserResponse.from(updateUser.updateUser(command));
    }

    @DeleteMapping("/{id}/")
    @Operation(summary = "Delete a user", description = "Their sessions end at once. Customers they were the KAM "
            + "of stay, unassigned; prospects they owned stay too.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "The last active super_admin")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        deleteUser.deleteUser(viewer, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/change-password/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change my password", description = "Needs the old password; the new one must meet the "
            + "policy. Every other session of yours ends; this one stays.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"old_password": "Password123!", "new_password": "An0ther-Secret-Phrase"}""")))
    @ApiResponse(responseCode = "200", description = "Changed", content = @Content(
            schema = @Schema(implementation = DetailResponse.class), examples = @ExampleObject(
            value = "{\"detail\": \"Password changed\"}")))
    @ApiResponse(responseCode = "400", description = "Wrong old password or weak new one")
    DetailResponse changePassword(ViewerAuthentication caller,
            @org.springframework.web.bind.annotation.RequestBody ChangePasswordRequest body) {
        changeOwnPassword.changeOwnPassword(caller.viewer(), caller.sessionId(), body.oldPassword().orElse(null),
                body.newPassword().orElse(null));
        return new DetailResponse("Password changed");
    }

    private static RoleRef roleFilter(String value) {
        return value.matches("\\d{1,18}") ? RoleRef.byId(Long.parseLong(value)) : RoleRef.byName(value);
    }
}
