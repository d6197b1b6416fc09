package io.kamdesk.domain.fileio;

import io.kamdesk.domain.identity.PermissionCode;

/** What an import writes: customers, or bills (which may create their customers). */
public enum ImportKind {
    CUSTOMERS(PermissionCode.of("customers:import")),
    BILLS(PermissionCode.of("bills:import"));

    private final PermissionCode permission;

    ImportKind(PermissionCode permission) {
        this.permission = permission;
    }

    /** The permission that starts such an import, and, with data scope all, sees everyone's. */
    public PermissionCode permission() {
        return permission;
    }
}
