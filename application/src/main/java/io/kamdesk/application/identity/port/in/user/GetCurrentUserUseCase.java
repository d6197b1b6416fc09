package io.kamdesk.application.identity.port.in.user;

import io.kamdesk.domain.identity.Viewer;

/** The profile of the caller. */
public interface GetCurrentUserUseCase {

    CurrentUserView currentUser(Viewer viewer);
}
