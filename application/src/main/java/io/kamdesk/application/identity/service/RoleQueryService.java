package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.ListRolesUseCase;
import io.kamdesk.application.identity.port.in.PermissionView;
import io.kamdesk.application.identity.port.in.RoleView;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads roles with their effective permissions, and the permission catalogue. */
public final class RoleQueryService implements ListRolesUseCase {

    private final RoleRepository roles;
    private final PermissionCatalog permissions;

    public RoleQueryService(RoleRepository roles, PermissionCatalog permissions) {
        this.roles = roles;
        this.permissions = permissions;
    }

    @Override
    public List<RoleView> listRoles() {
        Set<PermissionCode> all = permissions.allCodes();
        Map<Long, Long> counts = roles.userCounts();
        return roles.findAll().stream().map(role -> viewOf(role, all, counts)).toList();
    }

    @Override
    public RoleView getRole(long roleId) {
        Role role = roles.findById(roleId).orElseThrow(() -> new NotFoundException("No role with this id."));
        return viewOf(role, permissions.allCodes(), roles.userCounts());
    }

    @Override
    public List<PermissionView> listPermissions() {
        return permissions.all();
    }

    static RoleView viewOf(Role role, Set<PermissionCode> all, Map<Long, Long> counts) {
        List<String> codes = role.effectivePermissions(all).stream().map(PermissionCode::value).sorted().toList();
        return new RoleView(role.id(), role.name(), role.description(), codes, role.scope().code(), role.isBuiltin(),
                counts.getOrDefault(role.id(), 0L), role.createdAt(), role.updatedAt());
    }
}
