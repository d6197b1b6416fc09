package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.application.identity.port.in.user.CurrentUserView;
import io.kamdesk.application.identity.port.in.user.GetCurrentUserUseCase;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Users")
class CurrentUserController {

    private final GetCurrentUserUseCase currentUser;

    CurrentUserController(GetCurrentUserUseCase currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping(path = "/api/users/me/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The signed-in user", description = "role is the role's name, null without a role.")
    MeResponse me(@AuthenticationPrincipal Viewer viewer) {
        CurrentUserView user = currentUser.currentUser(viewer);
        return new MeResponse(user.id(), user.email(), user.username(), user.roleName());
    }

    record MeResponse(long id, String email, String username, String role) {
    }
}
