package io.kamdesk.application.identity.port.in.role;

import java.util.List;
import java.util.Objects;

/**
 * A new role as typed: permissions by id or code and the scope as a string, checked by the use case.
 * Without a scope the role sees what its creator sees; without {@code active} it is active.
 */
public record CreateRoleCommand(String name, String description, List<PermissionRef> permissions, String dataScope,
        Boolean active) {

    public CreateRoleCommand {
        permissions = permissions == null ? null : List.copyOf(permissions);
        description = Objects.requireNonNullElse(description, "");
    }

    /** A draft naming its permissions by code. */
    public static CreateRoleCommand withCodes(String name, String description, List<String> codes, String dataScope) {
        return new CreateRoleCommand(name, description,
                codes == null ? null : codes.stream().map(PermissionRef::byCode).toList(), dataScope, null);
    }
}
