package io.kamdesk.application.identity.port.in.role;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The fields of a role to change; empty ones stay. */
public record UpdateRoleCommand(Optional<String> name, Optional<String> description,
        Optional<List<PermissionRef>> permissions, Optional<String> dataScope, Optional<Boolean> active) {

    public UpdateRoleCommand {
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(permissions);
        Objects.requireNonNull(dataScope);
        Objects.requireNonNull(active);
    }
}
