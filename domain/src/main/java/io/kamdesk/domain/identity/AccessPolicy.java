package io.kamdesk.domain.identity;

import io.kamdesk.domain.shared.NotPermittedException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules against privilege escalation, in one place: nobody grants what they do not hold, only a
 * super_admin acts on super_admins or on the super_admin role, and nobody changes their own role.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** The actor may create, edit, deactivate or delete a user who holds {@code targetRole}. */
    public static void requireMayManageUserWith(Viewer actor, Role targetRole) {
        if (targetRole != null && targetRole.isSuperAdmin() && !actor.isSuperAdmin()) {
            throw new NotPermittedException("super_admin_protected",
                    "Only a super_admin may create, change or delete a super_admin.");
        }
    }

    /** The actor may give {@code role} (with its effective permissions) to someone. */
    public static void requireMayGrant(Viewer actor, Role role, Set<PermissionCode> effectivePermissions) {
        if (role.isSuperAdmin() && !actor.isSuperAdmin()) {
            throw new NotPermittedException("super_admin_protected", "Only a super_admin may grant the super_admin role.");
        }
        requireHoldsAll(actor, effectivePermissions);
        requireMayGrantScope(actor, role.scope());
    }

    /**
     * Someone who manages users may act only on users who hold no more than they do: setting the
     * password of a more powerful account would hand over its power.
     */
    public static void requireMayManageHolderOf(Viewer actor, Role targetRole, Set<PermissionCode> effectivePermissions) {
        requireMayManageUserWith(actor, targetRole);
        if (targetRole == null) {
            return;
        }
        Set<PermissionCode> missing = new TreeSet<>(effectivePermissions);
        missing.removeAll(actor.permissions());
        if (!missing.isEmpty() || targetRole.scope() == DataScope.ALL && !actor.seesAll()) {
            throw new NotPermittedException("permission_escalation",
                    "You cannot manage a user whose role allows more than yours does.");
        }
    }

    /** Only a user who sees every record may hand out, or build, a role that sees every record. */
    public static void requireMayGrantScope(Viewer actor, DataScope scope) {
        if (scope == DataScope.ALL && !actor.seesAll()) {
            throw new NotPermittedException("scope_escalation",
                    "You cannot grant access to every record: your own role sees only your records.");
        }
    }

    /** The actor may put these permissions into a role. */
    public static void requireHoldsAll(Viewer actor, Set<PermissionCode> permissions) {
        Set<PermissionCode> missing = new TreeSet<>(permissions);
        missing.removeAll(actor.permissions());
        if (!missing.isEmpty()) {
            throw new NotPermittedException("permission_escalation",
                    "You cannot grant permissions you do not hold: " + String.join(", ",
                            missing.stream().map(PermissionCode::value).toList()) + ".");
        }
    }

    /**
     * The actor may edit, deactivate or delete this role: only a super_admin touches a built-in role
     * (every account of that kind holds it), and nobody touches a role that gives more than they hold
     * ({@code grantable}: its permissions, whether or not it is active), or that sees every record
     * when they see only their own. Otherwise a role manager could empty the admin role, or widen a
     * role they are about to be given.
     */
    public static void requireMayChangeRole(Viewer actor, Role role, Set<PermissionCode> grantable) {
        if (role.isSuperAdmin() && !actor.isSuperAdmin()) {
            throw new NotPermittedException("super_admin_protected", "Only a super_admin may change the super_admin role.");
        }
        if (role.isBuiltin() && !actor.isSuperAdmin()) {
            throw new NotPermittedException("builtin_role_protected",
                    "Only a super_admin may change or delete a built-in role.");
        }
        Set<PermissionCode> missing = new TreeSet<>(grantable);
        missing.removeAll(actor.permissions());
        if (!missing.isEmpty() || role.scope() == DataScope.ALL && !actor.seesAll()) {
            throw new NotPermittedException("permission_escalation",
                    "You cannot change or delete a role that allows more than yours does.");
        }
    }

    /** Nobody changes their own role: it would let anyone keep or widen their own access. */
    public static void requireNotOwnRoleChange(Viewer actor, long targetUserId, boolean roleChanges) {
        if (roleChanges && actor.userId() == targetUserId) {
            throw new NotPermittedException("own_role", "You cannot change your own role.");
        }
    }
}
