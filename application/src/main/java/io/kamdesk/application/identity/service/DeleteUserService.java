package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.user.DeleteUserUseCase;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Refusal;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes a user. Their sessions end on every instance; records they owned stay (customers they
 * were KAM of become unassigned, by the schema's foreign keys).
 */
public final class DeleteUserService implements DeleteUserUseCase {

    private final UserRepository users;
    private final UserRules rules;
    private final SessionRevoker revoker;
    private final Transactions transactions;

    public DeleteUserService(UserRepository users, RoleRepository roles, PermissionCatalog permissions,
            SessionRevoker revoker, Transactions transactions) {
        this.users = users;
        this.rules = new UserRules(users, roles, permissions);
        this.revoker = revoker;
        this.transactions = transactions;
    }

    @Override
    public void deleteUser(Viewer actor, long userId) {
        List<SecurityEvent> published = new ArrayList<>();
        transactions.run(() -> {
            published.clear();
            users.lockUserAdministration();
            User user = rules.existingUser(userId);
            Role role = rules.roleOf(user);
            rules.requireMayManage(actor, role);
            if (actor.userId() == userId) {
                throw new NotPermittedException(Refusal.OWN_ACCOUNT_DELETED);
            }
            rules.requireAnotherActiveSuperAdmin(user, role);
            published.addAll(revoker.revokeAllInTransaction(userId, "user deleted"));
            published.add(revoker.userChangedInTransaction(userId));
            users.delete(userId);
        });
        revoker.applyCommitted(published);
    }
}
