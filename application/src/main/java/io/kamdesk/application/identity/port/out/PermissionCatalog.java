package io.kamdesk.application.identity.port.out;

import io.kamdesk.application.identity.port.in.role.PermissionView;
import io.kamdesk.domain.identity.PermissionCode;
import java.util.List;
import java.util.Set;

/** Every permission that exists (seeded by the schema). */
public interface PermissionCatalog {

    /** Ordered by code. */
    List<PermissionView> all();

    Set<PermissionCode> allCodes();
}
