package io.kamdesk.application.identity.port.in.user;

import io.kamdesk.application.identity.port.in.role.RoleRef;
import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;
import java.util.Optional;

/**
 * A new user as typed. Values are checked by the use case so that every problem is reported at
 * once; a missing {@code role} means the default role ({@code sales_person}).
 */
public record CreateUserCommand(Viewer actor, String email, String username, String password, String firstName,
        String lastName, Optional<RoleRef> role, boolean active) {

    public CreateUserCommand {
        Objects.requireNonNull(actor);
        Objects.requireNonNull(role);
    }

    @Override
    public String toString() {
        return "CreateUserCommand[email=" + email + ", username=" + username + ", role=" + role + "]";
    }
}
