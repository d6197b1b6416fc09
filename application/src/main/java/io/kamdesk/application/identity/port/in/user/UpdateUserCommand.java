package io.kamdesk.application.identity.port.in.user;

import io.kamdesk.application.identity.port.in.role.RoleRef;
import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The fields to change; an empty Optional leaves the field unchanged. {@code actorSessionId} is the
 * session of the request: it survives when users set their own password this way.
 */
public record UpdateUserCommand(Viewer actor, long userId, Optional<String> email, Optional<String> username,
        Optional<String> firstName, Optional<String> lastName, Optional<RoleRef> role, Optional<Boolean> active,
        Optional<String> password, UUID actorSessionId) {

    public UpdateUserCommand(Viewer actor, long userId, Optional<String> email, Optional<String> username,
            Optional<String> firstName, Optional<String> lastName, Optional<RoleRef> role, Optional<Boolean> active,
            Optional<String> password) {
        this(actor, userId, email, username, firstName, lastName, role, active, password, null);
    }

    public UpdateUserCommand {
        Objects.requireNonNull(actor);
        Objects.requireNonNull(email);
        Objects.requireNonNull(username);
        Objects.requireNonNull(firstName);
        Objects.requireNonNull(lastName);
        Objects.requireNonNull(role);
        Objects.requireNonNull(active);
        Objects.requireNonNull(password);
    }

    @Override
    public String toString() {
        return "UpdateUserCommand[userId=" + userId + ", role=" + role + ", active=" + active + "]";
    }
}
