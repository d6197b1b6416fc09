package io.kamdesk.application.identity.port.in.role;

import java.util.List;

/** Reads roles and the catalogue of permissions. */
public interface ListRolesUseCase {

    List<RoleView> listRoles();

    /** @throws io.kamdesk.domain.shared.NotFoundException when there is no such role */
    RoleView getRole(long roleId);

    List<PermissionView> listPermissions();
}
