package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.application.identity.port.in.user.CreateUserUseCase;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registration of a new user by an admin: the short form of user creation. */
@RestController
@Tag(name = "Auth")
class RegistrationController {

    private final CreateUserUseCase createUser;

    RegistrationController(CreateUserUseCase createUser) {
        this.createUser = createUser;
    }

    @PostMapping(path = "/api/auth/register/", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a user (admin or super_admin)", description = "Creates an active user with role "
            + "sales_person unless role (id or name) is given. Duplicate e-mail or username and a password that "
            + "breaks the policy answer 400 with field errors naming the rule.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"email": "user@example.com", "username": "user", "password": "Password123!"}""")))
    @ApiResponse(responseCode = "201", description = "Registered", content = @Content(
            schema = @Schema(implementation = Registered.class), examples = @ExampleObject(
            value = "{\"id\": 1, \"email\": \"user@example.com\", \"username\": \"user\"}")))
    @ApiResponse(responseCode = "400", description = "Invalid fields", content = @Content(examples = @ExampleObject(
            value = "{\"detail\": \"Invalid input.\", \"code\": \"invalid\", "
                    + "\"password\": [\"This password is too common.\"]}")))
    ResponseEntity<Registered> register(@AuthenticationPrincipal Viewer viewer,
            @org.springframework.web.bind.annotation.RequestBody UserRequest body) {
        UserView user = createUser.createUser(UserRequests.create(viewer, body));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(user.id(), user.email(), user.username()));
    }

    record Registered(long id, String email, String username) {
    }
}
