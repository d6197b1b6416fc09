package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.user.AssignRoleUseCase;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.AccessPolicy;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Subject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Gives a user a role by name, under the same rules as editing the user's role. */
public final class AssignRoleService implements AssignRoleUseCase {

    private final UserRepository users;
    private final RoleRepository roles;
    private final UserRules rules;
    private final SessionRevoker revoker;
    private final Transactions transactions;
    private final Clock clock;

    public AssignRoleService(UserRepository users, RoleRepository roles, PermissionCatalog permissions,
            SessionRevoker revoker, Transactions transactions, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.rules = new UserRules(users, roles, permissions);
        this.revoker = revoker;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void assignRole(Viewer actor, long userId, String roleName) {
        List<SecurityEvent> published = new ArrayList<>();
        transactions.run(() -> {
            published.clear();
            users.lockUserAdministration();
            User user = rules.existingUser(userId);
            Role role = roles.findByName(roleName == null ? "" : roleName.strip())
                    .orElseThrow(() -> new NotFoundException(Subject.ROLE, roleName));
            if (user.hasRole(role.id())) {
                return;
            }
            Role currentRole = rules.roleOf(user);
            AccessPolicy.requireNotOwnRoleChange(actor, userId, true);
            rules.requireMayManage(actor, currentRole);
            AccessPolicy.requireMayManageUserWith(actor, role);
            rules.requireMayGrant(actor, role);
            rules.requireAnotherActiveSuperAdmin(user, currentRole);
            users.update(user.assignRole(role.id(), clock.instant()));
            published.add(revoker.userChangedInTransaction(userId));
        });
        revoker.applyCommitted(published);
    }
}
