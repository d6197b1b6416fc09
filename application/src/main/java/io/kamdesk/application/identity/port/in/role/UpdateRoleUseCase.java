package io.kamdesk.application.identity.port.in.role;

import io.kamdesk.domain.identity.Viewer;

/** Changes a role; absent fields stay. Holders of the role get the change within seconds. */
public interface UpdateRoleUseCase {

    RoleView updateRole(Viewer actor, long roleId, UpdateRoleCommand changes);
}
