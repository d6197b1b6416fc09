package io.kamdesk.domain.identity;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking: the user, what they may do and which records they reach. Every use case that reads
 * or writes scoped data receives one; repositories turn {@link #scope()} into SQL.
 */
public record Viewer(long userId, String username, String roleName, Set<PermissionCode> permissions, DataScope scope) {

    public Viewer {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(scope, "scope");
        permissions = Set.copyOf(permissions);
    }

    public boolean can(PermissionCode permission) {
        return permissions.contains(permission);
    }

    public boolean seesAll() {
        return scope == DataScope.ALL;
    }

    public boolean isSuperAdmin() {
        return Role.SUPER_ADMIN.equals(roleName);
    }
}
