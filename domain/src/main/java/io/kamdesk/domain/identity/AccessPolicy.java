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

    /** The actor may edit or delete this role. */
    public static void requireMayChangeRole(Viewer actor, Role role) {
        if (role.isSuperAdmin() && !actor.isSuperAdmin()) {
            throw new NotPermittedException("super_admin_protected", "Only a super_admin may change the super_admin role.");
        }
    }

    /** Nobody changes their own role: it would let anyone keep or widen their own access. */
    public static void requireNotOwnRoleChange(Viewer actor, long targetUserId, boolean roleChanges) {
        if (roleChanges && actor.userId() == targetUserId) {
            throw new NotPermittedException("own_role", "You cannot change your own role.");
        }
    }
}
