package io.kamdesk.application.identity.port.in.user;

import io.kamdesk.domain.identity.Viewer;

/** Gives a user a role by its name. */
public interface AssignRoleUseCase {

    /** @throws io.kamdesk.domain.shared.NotFoundException for an unknown user or role */
    void assignRole(Viewer actor, long userId, String roleName);
}
