package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.AssignableUserView;
import io.kamdesk.application.crm.port.in.FindKamUseCase;
import io.kamdesk.application.crm.port.in.ListAssignableUsersUseCase;
import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.domain.identity.Viewer;
import java.util.List;
import java.util.Optional;

/**
 * The KAM picker's choices, under the rule {@link Assignments} enforces: any active user for those
 * who see every record, oneself for the others.
 */
public final class AssignableUsersQueryService implements ListAssignableUsersUseCase, FindKamUseCase {

    private final KamDirectory kams;

    public AssignableUsersQueryService(KamDirectory kams) {
        this.kams = kams;
    }

    @Override
    public List<AssignableUserView> listAssignableUsers(Viewer viewer) {
        List<AssignableUserView> active = kams.listActive();
        return viewer.seesAll() ? active : active.stream().filter(user -> user.id() == viewer.userId()).toList();
    }

    @Override
    public Optional<Long> findActiveKam(String usernameOrEmail) {
        return kams.findActiveByLogin(usernameOrEmail).map(KamDirectory.Kam::id);
    }
}
