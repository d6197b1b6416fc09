package io.kamdesk.domain.identity;

import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A named set of permissions with a data scope. The super_admin role holds every permission that
 * exists, including those added after it was created, so its permissions are resolved, not stored;
 * it cannot be edited. Built-in roles keep their names. An inactive role grants nothing until it is
 * activated again.
 */
public final class Role {

    public static final String SUPER_ADMIN = "super_admin";
    public static final String ADMIN = "admin";
    public static final String SALES_PERSON = "sales_person";
    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]{0,63}$");
    private static final int MAX_DESCRIPTION = 500;

    private final Long id;
    private final String name;
    private final String description;
    private final DataScope scope;
    private final boolean allPermissions;
    private final boolean builtin;
    private final Set<PermissionCode> permissions;
    private final boolean active;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Role(Long id, String name, String description, DataScope scope, boolean allPermissions, boolean builtin,
            Set<PermissionCode> permissions, boolean active, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.scope = Objects.requireNonNull(scope);
        this.allPermissions = allPermissions;
        this.builtin = builtin;
        this.permissions = new TreeSet<>(permissions);
        this.active = active;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new custom role, not yet stored. */
    public static Role create(String name, String description, DataScope scope, Set<PermissionCode> permissions,
            Instant now) {
        FieldErrors errors = new FieldErrors();
        String checkedName = errors.capture("name", () -> checkName(name));
        String checkedDescription = errors.capture("description", () -> checkDescription(description));
        errors.required("dataScope", scope);
        errors.required("permissions", permissions);
        errors.throwIfAny();
        return new Role(null, checkedName, checkedDescription, scope, false, false, permissions, true, now, now);
    }

    /** Rebuilds a stored role; for the persistence adapter only. */
    public static Role restore(long id, String name, String description, DataScope scope, boolean allPermissions,
            boolean builtin, Set<PermissionCode> permissions, boolean active, Instant createdAt, Instant updatedAt) {
        return new Role(id, name, description, scope, allPermissions, builtin, permissions, active, createdAt,
                updatedAt);
    }

    /** Rebuilds a stored active role. */
    public static Role restore(long id, String name, String description, DataScope scope, boolean allPermissions,
            boolean builtin, Set<PermissionCode> permissions, Instant createdAt, Instant updatedAt) {
        return restore(id, name, description, scope, allPermissions, builtin, permissions, true, createdAt,
                updatedAt);
    }

    /** Rebuilds a stored role whose timestamps do not matter to the caller. */
    public static Role restore(long id, String name, String description, DataScope scope, boolean allPermissions,
            boolean builtin, Set<PermissionCode> permissions) {
        return restore(id, name, description, scope, allPermissions, builtin, permissions, null, null);
    }

    /**
     * Changes the role. A built-in role keeps its name; the super_admin role cannot be changed at all,
     * since it always holds every permission.
     */
    public Role revise(String newName, String newDescription, DataScope newScope, Set<PermissionCode> newPermissions,
            Instant now) {
        if (isSuperAdmin()) {
            throw new NotPermittedException(Refusal.SUPER_ADMIN_ROLE_FIXED);
        }
        FieldErrors errors = new FieldErrors();
        String checkedName = errors.capture("name", () -> checkName(newName));
        String checkedDescription = errors.capture("description", () -> checkDescription(newDescription));
        if (checkedName != null && builtin && !checkedName.equals(name)) {
            errors.add("name", Reason.BUILTIN_ROLE_RENAMED);
        }
        errors.throwIfAny();
        return new Role(id, checkedName, checkedDescription, newScope, allPermissions, builtin, newPermissions,
                active, createdAt, now);
    }

    /** The role grants its permissions again. */
    public Role activate(Instant now) {
        return active ? this : new Role(id, name, description, scope, allPermissions, builtin, permissions, true,
                createdAt, now);
    }

    /**
     * The role grants nothing until activated again; its holders keep it. The super_admin role is
     * never deactivated: it is the way back for everything else.
     */
    public Role deactivate(Instant now) {
        if (isSuperAdmin()) {
            throw new NotPermittedException(Refusal.SUPER_ADMIN_ROLE_ALWAYS_ACTIVE);
        }
        return active ? new Role(id, name, description, scope, allPermissions, builtin, permissions, false,
                createdAt, now) : this;
    }

    /** Whether it may be deleted at all (users holding it are checked by the caller). */
    public void requireDeletable() {
        if (builtin) {
            throw new NotPermittedException(Refusal.BUILTIN_ROLE_KEPT);
        }
    }

    /** What holding this role allows, given every permission that exists: nothing while it is inactive. */
    public Set<PermissionCode> effectivePermissions(Set<PermissionCode> allPermissionsThatExist) {
        if (!active) {
            return Set.of();
        }
        return allPermissions ? Set.copyOf(allPermissionsThatExist) : Set.copyOf(permissions);
    }

    /**
     * Everything the role can ever give: its permissions whether or not it is active at the moment,
     * since whoever may change it may also activate it.
     */
    public Set<PermissionCode> grantablePermissions(Set<PermissionCode> allPermissionsThatExist) {
        return allPermissions ? Set.copyOf(allPermissionsThatExist) : Set.copyOf(permissions);
    }

    /** The name as stored, or a refusal saying what a name must look like. */
    public static String checkName(String raw) {
        String candidate = raw == null ? "" : raw.strip();
        if (!NAME.matcher(candidate).matches()) {
            throw new InvalidValueException(Reason.INVALID_ROLE_NAME);
        }
        return candidate;
    }

    public static String checkDescription(String raw) {
        String candidate = raw == null ? "" : raw.strip();
        if (candidate.length() > MAX_DESCRIPTION) {
            throw new InvalidValueException(Reason.TOO_LONG, MAX_DESCRIPTION);
        }
        return candidate;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("the role has not been stored yet");
        }
        return id;
    }

    public boolean isStored() {
        return id != null;
    }

    public Role withId(long newId) {
        return new Role(newId, name, description, scope, allPermissions, builtin, permissions, active, createdAt,
                updatedAt);
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

    public boolean isActive() {
        return active;
    }

    public boolean isSuperAdmin() {
        return SUPER_ADMIN.equals(name);
    }

    /** The permissions stored for this role; for super_admin see {@link #holdsAllPermissions()}. */
    public Set<PermissionCode> permissions() {
        return Set.copyOf(permissions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
