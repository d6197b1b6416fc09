package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.RoleChanges;
import io.kamdesk.application.identity.port.in.RoleView;
import io.kamdesk.application.identity.port.in.UpdateRoleUseCase;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.AccessPolicy;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes a role. Permissions added must be held by the actor (taking away is always allowed);
 * every holder's access follows within seconds on every instance.
 */
public final class UpdateRoleService implements UpdateRoleUseCase {

    private final RoleRepository roles;
    private final UserRepository users;
    private final PermissionCatalog permissions;
    private final SessionRevoker revoker;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateRoleService(RoleRepository roles, UserRepository users, PermissionCatalog permissions,
            SessionRevoker revoker, Transactions transactions, Clock clock) {
        this.roles = roles;
        this.users = users;
        this.permissions = permissions;
        this.revoker = revoker;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public RoleView updateRole(Viewer actor, long roleId, RoleChanges changes) {
        List<SecurityEvent> published = new ArrayList<>();
        RoleView view = transactions.inTransaction(() -> {
            published.clear();
            users.lockUserAdministration();
            Role role = roles.findById(roleId).orElseThrow(() -> new NotFoundException("No role with this id."));
            AccessPolicy.requireMayChangeRole(actor, role);
            Set<PermissionCode> known = permissions.allCodes();
            FieldErrors errors = new FieldErrors();
            changes.name().ifPresent(name -> errors.capture("name", () -> Role.checkName(name)));
            changes.description().ifPresent(text -> errors.capture("description", () -> Role.checkDescription(text)));
            Set<PermissionCode> granted = changes.permissions()
                    .map(codes -> RoleInput.permissions(codes, known, errors)).orElse(role.permissions());
            DataScope scope = changes.dataScope().map(code -> RoleInput.scope(code, errors)).orElse(role.scope());
            errors.throwIfAny();

            Role revised = role.revise(changes.name().orElse(role.name()),
                    changes.description().orElse(role.description()), scope, granted, clock.instant());
            if (!revised.name().equals(role.name()) && roles.findByName(revised.name()).isPresent()) {
                throw InvalidInputException.of("name", "A role with this name already exists.");
            }
            Set<PermissionCode> added = new HashSet<>(granted);
            added.removeAll(role.permissions());
            AccessPolicy.requireHoldsAll(actor, added);
            if (scope != role.scope()) {
                AccessPolicy.requireMayGrantScope(actor, scope);
            }
            roles.update(revised);
            published.add(revoker.rolesChangedInTransaction());
            return RoleQueryService.viewOf(roles.findById(roleId).orElseThrow(), known, roles.userCounts());
        });
        revoker.applyCommitted(published);
        return view;
    }
}
