package io.kamdesk.domain.fileio;

import io.kamdesk.domain.identity.PermissionCode;

/** What a sheet holds, imported or exported: customers, or bills (whose import may create customers). */
public enum SheetKind {
    CUSTOMERS(PermissionCode.of("customers:import")),
    BILLS(PermissionCode.of("bills:import"));

    private final PermissionCode permission;

    SheetKind(PermissionCode permission) {
        this.permission = permission;
    }

    /** The permission that starts such an import, and, with data scope all, sees everyone's. */
    public PermissionCode importPermission() {
        return permission;
    }
}
