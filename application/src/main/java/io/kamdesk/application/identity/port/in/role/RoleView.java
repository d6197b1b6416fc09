package io.kamdesk.application.identity.port.in.role;

import java.time.Instant;
import java.util.List;

/**
 * A role as the role screens show it: the permissions it gives (super_admin: all), by id and by code
 * in the same order, whether it is active, and how many users hold it.
 */
public record RoleView(long id, String name, String description, List<Long> permissionIds,
        List<String> permissionCodes, String dataScope, boolean builtin, boolean active, long userCount,
        Instant createdAt, Instant updatedAt) {

    public RoleView {
        permissionIds = List.copyOf(permissionIds);
        permissionCodes = List.copyOf(permissionCodes);
    }
}
