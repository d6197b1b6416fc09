package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.role.PermissionView;
import io.kamdesk.application.identity.port.in.role.RoleView;
import io.kamdesk.application.identity.port.in.role.UpdateRoleCommand;
import io.kamdesk.application.identity.port.in.role.UpdateRoleUseCase;
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
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Changes a role, or deactivates or activates it. The actor must hold everything the role gives,
 * before and after the change (see {@link AccessPolicy#requireMayChangeRole}); every holder's access
 * follows within seconds on every instance.
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
    public RoleView updateRole(Viewer actor, long roleId, UpdateRoleCommand changes) {
        List<SecurityEvent> published = new ArrayList<>();
        RoleView view = transactions.inTransaction(() -> {
            published.clear();
            users.lockUserAdministration();
            Role role = roles.findById(roleId).orElseThrow(() -> new NotFoundException(Subject.ROLE));
            List<PermissionView> catalogue = permissions.all();
            Set<PermissionCode> known = RoleQueryService.codesOf(catalogue);
            AccessPolicy.requireMayChangeRole(actor, role, role.grantablePermissions(known));
            FieldErrors errors = new FieldErrors();
            changes.name().ifPresent(name -> errors.capture("name", () -> Role.checkName(name)));
            changes.description().ifPresent(text -> errors.capture("description", () -> Role.checkDescription(text)));
            Set<PermissionCode> granted = changes.permissions()
                    .map(refs -> RoleInput.permissions(refs, catalogue, errors)).orElse(role.permissions());
            DataScope scope = changes.dataScope().map(code -> RoleInput.scope(code, role.scope(), errors))
                    .orElse(role.scope());
            errors.throwIfAny();

            Instant now = clock.instant();
            Role revised = role.revise(changes.name().orElse(role.name()),
                    changes.description().orElse(role.description()), scope, granted, now);
            if (changes.active().isPresent()) {
                revised = changes.active().get() ? revised.activate(now) : revised.deactivate(now);
            }
            if (!revised.name().equals(role.name()) && roles.findByName(revised.name()).isPresent()) {
                throw InvalidInputException.of("name", Reason.TAKEN, Subject.ROLE);
            }
            AccessPolicy.requireHoldsAll(actor, granted);
            AccessPolicy.requireMayGrantScope(actor, scope);
            roles.update(revised);
            published.add(revoker.rolesChangedInTransaction());
            return RoleQueryService.viewOf(roles.findById(roleId).orElseThrow(), catalogue, roles.userCounts());
        });
        revoker.applyCommitted(published);
        return view;
    }
}
