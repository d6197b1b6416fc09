package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.role.RoleRef;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.domain.identity.AccessPolicy;
import io.kamdesk.domain.identity.PasswordPolicy;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Text;
import java.util.Optional;

/**
 * The checks the user-management use cases share: looking things up, uniqueness, the password
 * policy, what the actor may grant, and keeping one active super_admin.
 */
final class UserRules {

    static final int MAX_NAME_LENGTH = 150;

    private final UserRepository users;
    private final RoleRepository roles;
    private final PermissionCatalog permissions;

    UserRules(UserRepository users, RoleRepository roles, PermissionCatalog permissions) {
        this.users = users;
        this.roles = roles;
        this.permissions = permissions;
    }

    User existingUser(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException(Subject.USER));
    }

    Role roleOf(User user) {
        return user.roleId().flatMap(roles::findById).orElse(null);
    }

    /** The role a reference names, or null for {@link RoleRef#NONE}; an unknown role is a field error. */
    Role resolveRole(RoleRef ref, FieldErrors errors, String field) {
        if (ref.isNone()) {
            return null;
        }
        Optional<Role> role = ref.id() != null ? roles.findById(ref.id()) : roles.findByName(ref.name());
        if (role.isEmpty()) {
            errors.add(field, Reason.UNKNOWN_ROLE, ref.toString());
            return null;
        }
        return role.get();
    }

    EmailAddress email(String raw, FieldErrors errors, Long ownId) {
        if (errors.required("email", raw) == null) {
            return null;
        }
        EmailAddress email = errors.capture("email", () -> EmailAddress.of(raw));
        if (email != null && users.findByEmail(email).filter(other -> !isSame(other, ownId)).isPresent()) {
            errors.add("email", Reason.TAKEN, Subject.USER);
        }
        return email;
    }

    Username username(String raw, FieldErrors errors, Long ownId) {
        if (errors.required("username", raw) == null) {
            return null;
        }
        Username username = errors.capture("username", () -> Username.of(raw));
        if (username != null && users.findByUsername(username).filter(other -> !isSame(other, ownId)).isPresent()) {
            errors.add("username", Reason.TAKEN, Subject.USER);
        }
        return username;
    }

    static String personName(String raw, String field, FieldErrors errors) {
        String name = errors.capture(field, () -> Text.line(raw, MAX_NAME_LENGTH));
        return name == null ? "" : name;
    }

    /** Records every rule the password breaks against the field; answers whether it passed. */
    static boolean acceptablePassword(String password, Username username, EmailAddress email, String field,
            FieldErrors errors) {
        if (password == null || password.isEmpty()) {
            errors.add(field, Reason.REQUIRED);
            return false;
        }
        var problems = PasswordPolicy.standard().violations(password, username, email);
        problems.forEach(problem -> errors.add(field, problem));
        return problems.isEmpty();
    }

    /** The actor may act on a user who holds {@code role} (null: no role). */
    void requireMayManage(Viewer actor, Role role) {
        AccessPolicy.requireMayManageHolderOf(actor, role,
                role == null ? java.util.Set.of() : role.grantablePermissions(permissions.allCodes()));
    }

    /** The actor may give this role to someone: they hold all it allows, super_admin only by a super_admin. */
    void requireMayGrant(Viewer actor, Role role) {
        if (role != null) {
            AccessPolicy.requireMayGrant(actor, role, role.grantablePermissions(permissions.allCodes()));
        }
    }

    /**
     * Refuses a change that would leave no active super_admin: deactivating, demoting or deleting
     * the last one. Call after {@link UserRepository#lockUserAdministration()}.
     */
    void requireAnotherActiveSuperAdmin(User user, Role currentRole) {
        if (currentRole != null && currentRole.isSuperAdmin() && user.isActive()
                && users.countActiveWithRole(currentRole.id()) <= 1) {
            throw new ConflictException(Refusal.LAST_SUPER_ADMIN);
        }
    }

    UserView view(long userId) {
        return users.findView(userId).orElseThrow(() -> new NotFoundException(Subject.USER));
    }

    private static boolean isSame(User user, Long ownId) {
        return ownId != null && user.id() == ownId;
    }
}
