package io.kamdesk.application.identity.port.in.role;

import io.kamdesk.domain.identity.Viewer;

/** Deletes a custom role that nobody holds. */
public interface DeleteRoleUseCase {

    /** @throws io.kamdesk.domain.shared.ConflictException while users hold the role */
    void deleteRole(Viewer actor, long roleId);
}
