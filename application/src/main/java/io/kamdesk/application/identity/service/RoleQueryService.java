package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.role.ListRolesUseCase;
import io.kamdesk.application.identity.port.in.role.PermissionView;
import io.kamdesk.application.identity.port.in.role.RoleView;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Subject;
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
        List<PermissionView> catalogue = permissions.all();
        Map<Long, Long> counts = roles.userCounts();
        return roles.findAll().stream().map(role -> viewOf(role, catalogue, counts)).toList();
    }

    @Override
    public RoleView getRole(long roleId) {
        Role role = roles.findById(roleId).orElseThrow(() -> new NotFoundException(Subject.ROLE));
        return viewOf(role, permissions.all(), roles.userCounts());
    }

    @Override
    public List<PermissionView> listPermissions() {
        return permissions.all();
    }

    /** The role with the permissions it gives (whether or not it is active), in the catalogue's order. */
    static RoleView viewOf(Role role, List<PermissionView> catalogue, Map<Long, Long> counts) {
        Set<PermissionCode> gives = role.grantablePermissions(codesOf(catalogue));
        List<PermissionView> given = catalogue.stream()
                .filter(permission -> gives.contains(PermissionCode.of(permission.code())))
                .toList();
        return new RoleView(role.id(), role.name(), role.description(), given.stream().map(PermissionView::id).toList(),
                given.stream().map(PermissionView::code).toList(), role.scope().code(), role.isBuiltin(),
                role.isActive(), counts.getOrDefault(role.id(), 0L), role.createdAt(), role.updatedAt());
    }

    static Set<PermissionCode> codesOf(List<PermissionView> catalogue) {
        return catalogue.stream().map(permission -> PermissionCode.of(permission.code()))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
