package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.application.identity.port.in.user.UserView;
import java.time.Instant;

/** A user as the API document shows it: {@code role} is the role id, {@code role_name} its name. */
record UserResponse(long id, String email, String username, String firstName, String lastName, Long role,
        String roleName, boolean isActive, Instant createdAt, Instant updatedAt) {

    static UserResponse from(UserView view) {
        return new UserResponse(view.id(), view.email(), view.username(), view.firstName(), view.lastName(),
                view.roleId(), view.roleName(), view.active(), view.createdAt(), view.updatedAt());
    }
}
