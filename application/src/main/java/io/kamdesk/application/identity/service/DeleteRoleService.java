package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.role.DeleteRoleUseCase;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.AccessPolicy;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import java.util.ArrayList;
import java.util.List;

/** Deletes a custom role that no user holds. */
public final class DeleteRoleService implements DeleteRoleUseCase {

    private final RoleRepository roles;
    private final PermissionCatalog permissions;
    private final UserRepository users;
    private final SessionRevoker revoker;
    private final Transactions transactions;

    public DeleteRoleService(RoleRepository roles, PermissionCatalog permissions, UserRepository users,
            SessionRevoker revoker, Transactions transactions) {
        this.roles = roles;
        this.permissions = permissions;
        this.users = users;
        this.revoker = revoker;
        this.transactions = transactions;
    }

    @Override
    public void deleteRole(Viewer actor, long roleId) {
        List<SecurityEvent> published = new ArrayList<>();
        transactions.run(() -> {
            published.clear();
            users.lockUserAdministration();
            Role role = roles.findById(roleId).orElseThrow(() -> new NotFoundException(Subject.ROLE));
            AccessPolicy.requireMayChangeRole(actor, role, role.grantablePermissions(permissions.allCodes()));
            role.requireDeletable();
            long holders = roles.userCounts().getOrDefault(roleId, 0L);
            if (holders > 0) {
                throw new ConflictException(Refusal.ROLE_IN_USE, holders);
            }
            roles.delete(roleId);
            published.add(revoker.rolesChangedInTransaction());
        });
        revoker.applyCommitted(published);
    }
}
