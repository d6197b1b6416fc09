package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.user.CurrentUserView;
import io.kamdesk.application.identity.port.in.user.GetCurrentUserUseCase;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.domain.identity.SessionEndedException;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;

/** Answers who the caller is. */
public final class CurrentUserQueryService implements GetCurrentUserUseCase {

    private final UserRepository users;
    private final RoleRepository roles;

    public CurrentUserQueryService(UserRepository users, RoleRepository roles) {
        this.users = users;
        this.roles = roles;
    }

    @Override
    public CurrentUserView currentUser(Viewer viewer) {
        // The token was good a moment ago; a user deleted since then has no profile to show.
        User user = users.findById(viewer.userId()).orElseThrow(SessionEndedException::new);
        String roleName = user.roleId().flatMap(roles::findNameById).orElse(null);
        return new CurrentUserView(user.id(), user.email().value(), user.username().value(), roleName);
    }
}
