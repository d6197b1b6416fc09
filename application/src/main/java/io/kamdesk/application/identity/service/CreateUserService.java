package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.role.RoleRef;
import io.kamdesk.application.identity.port.in.user.CreateUserCommand;
import io.kamdesk.application.identity.port.in.user.CreateUserUseCase;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.port.out.PasswordHasher;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.AccessPolicy;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.FieldErrors;
import java.time.Clock;

/** Creates a user with a role the actor may grant; {@code sales_person} when none is named. */
public final class CreateUserService implements CreateUserUseCase {

    private final UserRepository users;
    private final UserRules rules;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;

    public CreateUserService(UserRepository users, RoleRepository roles, PermissionCatalog permissions,
            PasswordHasher hasher, Transactions transactions, Clock clock) {
        this.users = users;
        this.rules = new UserRules(users, roles, permissions);
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public UserView createUser(CreateUserCommand command) {
        return transactions.inTransaction(() -> {
            FieldErrors errors = new FieldErrors();
            EmailAddress email = rules.email(command.email(), errors, null);
            Username username = rules.username(command.username(), errors, null);
            String firstName = UserRules.personName(command.firstName(), "firstName", errors);
            String lastName = UserRules.personName(command.lastName(), "lastName", errors);
            UserRules.acceptablePassword(command.password(), username, email, "password", errors);
            Role role = rules.resolveRole(command.role().orElse(RoleRef.byName(Role.SALES_PERSON)), errors, "role");
            errors.throwIfAny();

            AccessPolicy.requireMayManageUserWith(command.actor(), role);
            rules.requireMayGrant(command.actor(), role);
            User created = User.create(email, username, hasher.hash(command.password()), firstName, lastName,
                    role == null ? null : role.id(), clock.instant());
            if (!command.active()) {
                created = created.deactivate(clock.instant());
            }
            return rules.view(users.insert(created).id());
        });
    }
}
