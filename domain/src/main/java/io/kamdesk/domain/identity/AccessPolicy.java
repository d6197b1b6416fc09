package io.kamdesk.domain.identity;

import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Refusal;
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
            throw new NotPermittedException(Refusal.SUPER_ADMIN_MANAGED_BY_SUPER_ADMIN);
        }
    }

    /** The actor may give {@code role} (with its effective permissions) to someone. */
    public static void requireMayGrant(Viewer actor, Role role, Set<PermissionCode> effectivePermissions) {
        if (role.isSuperAdmin() && !actor.isSuperAdmin()) {
            throw new NotPermittedException(Refusal.SUPER_ADMIN_GRANTED_BY_SUPER_ADMIN);
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
            throw new NotPermittedException(Refusal.USER_ALLOWS_MORE);
        }
    }

    /** Only a user who sees every record may hand out, or build, a role that sees every record. */
    public static void requireMayGrantScope(Viewer actor, DataScope scope) {
        if (scope == DataScope.ALL && !actor.seesAll()) {
            throw new NotPermittedException(Refusal.SCOPE_ESCALATION);
        }
    }

    /** The actor may put these permissions into a role. */
    public static void requireHoldsAll(Viewer actor, Set<PermissionCode> permissions) {
        Set<PermissionCode> missing = new TreeSet<>(permissions);
        missing.removeAll(actor.permissions());
        if (!missing.isEmpty()) {
            throw new NotPermittedException(Refusal.PERMISSIONS_NOT_HELD,
                    missing.stream().map(PermissionCode::value).toList());
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
            throw new NotPermittedException(Refusal.SUPER_ADMIN_ROLE_CHANGED_BY_SUPER_ADMIN);
        }
        if (role.isBuiltin() && !actor.isSuperAdmin()) {
            throw new NotPermittedException(Refusal.BUILTIN_ROLE_CHANGED_BY_SUPER_ADMIN);
        }
        Set<PermissionCode> missing = new TreeSet<>(grantable);
        missing.removeAll(actor.permissions());
        if (!missing.isEmpty() || role.scope() == DataScope.ALL && !actor.seesAll()) {
            throw new NotPermittedException(Refusal.ROLE_ALLOWS_MORE);
        }
    }

    /** Nobody changes their own role: it would let anyone keep or widen their own access. */
    public static void requireNotOwnRoleChange(Viewer actor, long targetUserId, boolean roleChanges) {
        if (roleChanges && actor.userId() == targetUserId) {
            throw new NotPermittedException(Refusal.OWN_ROLE);
        }
    }
}
