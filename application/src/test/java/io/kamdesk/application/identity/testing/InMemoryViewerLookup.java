package io.kamdesk.application.identity.testing;

import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.application.identity.port.out.ViewerLookup;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds viewers from the in-memory users and roles as the SQL does: a role holding all permissions
 * gets every known permission, an inactive role none; a user without a role may do nothing and sees only their own records.
 * Counts its lookups so that tests can tell a cached answer from a fresh one.
 */
public final class InMemoryViewerLookup implements ViewerLookup {

    private final InMemoryUserRepository users;
    private final InMemoryRoleRepository roles;
    private final Supplier<Set<PermissionCode>> allPermissions;
    private int lookups;

    public InMemoryViewerLookup(InMemoryUserRepository users, InMemoryRoleRepository roles,
            Set<PermissionCode> allPermissions) {
        this.users = users;
        this.roles = roles;
        Set<PermissionCode> fixed = Set.copyOf(allPermissions);
        this.allPermissions = () -> fixed;
    }

    /** Viewers whose all-permissions role holds whatever the catalogue holds at the time of the lookup. */
    public InMemoryViewerLookup(InMemoryUserRepository users, InMemoryRoleRepository roles,
            PermissionCatalog catalog) {
        this.users = users;
        this.roles = roles;
        this.allPermissions = catalog::allCodes;
    }

    @Override
    public Optional<Viewer> findActiveViewer(long userId) {
        synchronized (this) {
            lookups++;
        }
        return current(userId);
    }

    /** What a lookup would answer now, without counting as one. */
    public Optional<Viewer> current(long userId) {
        return users.findById(userId).filter(User::isActive).map(this::viewerOf);
    }

    public synchronized int lookups() {
        return lookups;
    }

    private Viewer viewerOf(User user) {
        Optional<Role> role = user.roleId().flatMap(roles::findById);
        Set<PermissionCode> permissions = role
                .map(r -> r.effectivePermissions(allPermissions.get()))
                .orElse(Set.of());
        return new Viewer(user.id(), user.username().value(), role.map(Role::name).orElse(null), permissions,
                role.map(Role::scope).orElse(DataScope.OWN));
    }
}
