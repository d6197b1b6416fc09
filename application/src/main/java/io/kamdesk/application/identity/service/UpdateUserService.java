package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.user.UpdateUserCommand;
import io.kamdesk.application.identity.port.in.user.UpdateUserUseCase;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.port.out.PasswordHasher;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.AccessPolicy;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes a user. A new role must be one the actor may grant and never the actor's own; a
 * deactivation or a new password ends all of the user's sessions; the last active super_admin stays.
 */
public final class UpdateUserService implements UpdateUserUseCase {

    private final UserRepository users;
    private final UserRules rules;
    private final PasswordHasher hasher;
    private final SessionRevoker revoker;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateUserService(UserRepository users, RoleRepository roles, PermissionCatalog permissions,
            PasswordHasher hasher, SessionRevoker revoker, Transactions transactions, Clock clock) {
        this.users = users;
        this.rules = new UserRules(users, roles, permissions);
        this.hasher = hasher;
        this.revoker = revoker;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public UserView updateUser(UpdateUserCommand command) {
        List<SecurityEvent> published = new ArrayList<>();
        UserView view = transactions.inTransaction(() -> {
            published.clear();
            users.lockUserAdministration();
            User user = rules.existingUser(command.userId());
            Role currentRole = rules.roleOf(user);
            rules.requireMayManage(command.actor(), currentRole);

            FieldErrors errors = new FieldErrors();
            EmailAddress email = command.email().map(raw -> rules.email(raw, errors, user.id())).orElse(user.email());
            Username username = command.username().map(raw -> rules.username(raw, errors, user.id()))
                    .orElse(user.username());
            String firstName = command.firstName().map(raw -> UserRules.personName(raw, "firstName", errors))
                    .orElse(user.firstName());
            String lastName = command.lastName().map(raw -> UserRules.personName(raw, "lastName", errors))
                    .orElse(user.lastName());
            command.password().ifPresent(raw -> UserRules.acceptablePassword(raw, username, email, "password", errors));
            // not Optional.map: resolving RoleRef.NONE answers null, which must mean "no role", not "unchanged"
            Role newRole = command.role().isPresent() ? rules.resolveRole(command.role().get(), errors, "role")
                    : currentRole;
            errors.throwIfAny();

            Instant now = clock.instant();
            boolean roleChanges = command.role().isPresent()
                    && !user.hasRole(newRole == null ? null : newRole.id());
            boolean deactivates = command.active().map(active -> !active && user.isActive()).orElse(false);
            requireAllowed(command, user, currentRole, newRole, roleChanges, deactivates);

            User updated = user.updateProfile(email == null ? user.email() : email,
                    username == null ? user.username() : username, firstName, lastName, now);
            if (roleChanges) {
                updated = updated.assignRole(newRole == null ? null : newRole.id(), now);
            }
            if (command.active().isPresent()) {
                updated = command.active().get() ? updated.activate(now) : updated.deactivate(now);
            }
            if (command.password().isPresent()) {
                updated = updated.changePassword(hasher.hash(command.password().get()), now);
            }
            users.update(updated);
            published.add(revoker.userChangedInTransaction(user.id()));
            if (deactivates) {
                published.addAll(revoker.revokeAllInTransaction(user.id(), "user deactivated"));
            } else if (command.password().isPresent()) {
                // users setting their own password keep the session they are using, as change-password does
                boolean own = command.actor().userId() == user.id();
                published.addAll(revoker.revokeAllExceptInTransaction(user.id(),
                        own ? command.actorSessionId() : null,
                        own ? "password changed" : "password changed by an administrator"));
            }
            return rules.view(user.id());
        });
        revoker.applyCommitted(published);
        return view;
    }

    private void requireAllowed(UpdateUserCommand command, User user, Role currentRole, Role newRole,
            boolean roleChanges, boolean deactivates) {
        AccessPolicy.requireNotOwnRoleChange(command.actor(), user.id(), roleChanges);
        if (deactivates && command.actor().userId() == user.id()) {
            throw new NotPermittedException(Refusal.OWN_ACCOUNT_DEACTIVATED);
        }
        if (roleChanges) {
            AccessPolicy.requireMayManageUserWith(command.actor(), newRole);
            rules.requireMayGrant(command.actor(), newRole);
        }
        if (deactivates || roleChanges) {
            rules.requireAnotherActiveSuperAdmin(user, currentRole);
        }
    }
}
