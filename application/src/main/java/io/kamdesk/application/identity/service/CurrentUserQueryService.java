package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.user.CurrentUserView;
import io.kamdesk.application.identity.port.in.user.GetCurrentUserUseCase;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.domain.identity.SessionEndedException;
import io.kamdesk.domain.identity.Viewer;

/** Answers who the caller is: the user with the name of their role, read together (one statement). */
public final class CurrentUserQueryService implements GetCurrentUserUseCase {

    private final UserRepository users;

    public CurrentUserQueryService(UserRepository users) {
        this.users = users;
    }

    @Override
    public CurrentUserView currentUser(Viewer viewer) {
        // The token was good a moment ago; a user deleted since then has no profile to show.
        UserView user = users.findView(viewer.userId()).orElseThrow(SessionEndedException::new);
        return new CurrentUserView(user.id(), user.email(), user.username(), user.roleName());
    }
}
