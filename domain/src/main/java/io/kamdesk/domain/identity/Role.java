package io.kamdesk.domain.identity;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named set of permissions with a data scope. The super_admin role holds every permission that
 * exists, including those added after it was created, so its permissions are resolved, not stored.
 */
public final class Role {

    public static final String SUPER_ADMIN = "super_admin";
    public static final String ADMIN = "admin";
    public static final String SALES_PERSON = "sales_person";

    private final long id;
    private final String name;
    private final String description;
    private final DataScope scope;
    private final boolean allPermissions;
    private final boolean builtin;
    private final Set<PermissionCode> permissions;

    private Role(long id, String name, String description, DataScope scope, boolean allPermissions, boolean builtin,
            Set<PermissionCode> permissions) {
        this.id = id;
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.scope = Objects.requireNonNull(scope);
        this.allPermissions = allPermissions;
        this.builtin = builtin;
        this.permissions = new TreeSet<>(permissions);
    }

    /** Rebuilds a stored role; for the persistence adapter only. */
    public static Role restore(long id, String name, String description, DataScope scope, boolean allPermissions,
            boolean builtin, Set<PermissionCode> permissions) {
        return new Role(id, name, description, scope, allPermissions, builtin, permissions);
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public DataScope scope() {
        return scope;
    }

    public boolean holdsAllPermissions() {
        return allPermissions;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public boolean isSuperAdmin() {
        return SUPER_ADMIN.equals(name);
    }

    /** The permissions stored for this role; for super_admin see {@link #holdsAllPermissions()}. */
    public Set<PermissionCode> permissions() {
        return Set.copyOf(permissions);
    }
}
