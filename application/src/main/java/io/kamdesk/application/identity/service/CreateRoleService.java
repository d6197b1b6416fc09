package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.role.CreateRoleCommand;
import io.kamdesk.application.identity.port.in.role.CreateRoleUseCase;
import io.kamdesk.application.identity.port.in.role.PermissionView;
import io.kamdesk.application.identity.port.in.role.RoleView;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.AccessPolicy;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Creates a custom role holding only permissions the actor holds; unless told otherwise it sees what
 * its creator sees and is active.
 */
public final class CreateRoleService implements CreateRoleUseCase {

    private final RoleRepository roles;
    private final PermissionCatalog permissions;
    private final Transactions transactions;
    private final Clock clock;

    public CreateRoleService(RoleRepository roles, PermissionCatalog permissions, Transactions transactions,
            Clock clock) {
        this.roles = roles;
        this.permissions = permissions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public RoleView createRole(Viewer actor, CreateRoleCommand draft) {
        return transactions.inTransaction(() -> {
            List<PermissionView> catalogue = permissions.all();
            FieldErrors errors = new FieldErrors();
            errors.capture("name", () -> Role.checkName(draft.name()));
            errors.capture("description", () -> Role.checkDescription(draft.description()));
            Set<PermissionCode> granted = RoleInput.permissions(draft.permissions(), catalogue, errors);
            DataScope scope = RoleInput.scope(draft.dataScope(), actor.scope(), errors);
            errors.throwIfAny();
            Instant now = clock.instant();
            Role role = Role.create(draft.name(), draft.description(), scope, granted, now);
            if (Boolean.FALSE.equals(draft.active())) {
                role = role.deactivate(now);
            }
            if (roles.findByName(role.name()).isPresent()) {
                throw InvalidInputException.of("name", Reason.TAKEN, Subject.ROLE);
            }
            AccessPolicy.requireHoldsAll(actor, granted);
            AccessPolicy.requireMayGrantScope(actor, scope);
            Role stored = roles.insert(role);
            return RoleQueryService.viewOf(stored, catalogue, roles.userCounts());
        });
    }
}
