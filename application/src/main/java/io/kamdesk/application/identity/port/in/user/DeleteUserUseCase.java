package io.kamdesk.application.identity.port.in.user;

import io.kamdesk.domain.identity.Viewer;

/** Deletes a user; their sessions end at once and customers they were KAM of become unassigned. */
public interface DeleteUserUseCase {

    void deleteUser(Viewer actor, long userId);
}
