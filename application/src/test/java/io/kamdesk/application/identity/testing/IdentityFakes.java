package io.kamdesk.application.identity.testing;

import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.application.shared.testing.MutableClock;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every out-port of the identity area as an in-memory fake, sharing one clock and one transaction
 * manager that rolls all the stores back together, plus short ways to set up users and roles.
 */
public final class IdentityFakes {

    /** The permissions that exist in this fake world; a role holding all permissions gets these. */
    public static final Set<PermissionCode> ALL_PERMISSIONS = Stream.of("users", "roles", "customers", "prospects",
                    "bills")
            .flatMap(resource -> Stream.of("read", "create", "update", "delete")
                    .map(action -> PermissionCode.of(resource + ":" + action)))
            .collect(Collectors.toUnmodifiableSet());

    private final MutableClock clock = MutableClock.at("2025-03-01T09:00:00Z");
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemoryLoginFailures loginFailures = new InMemoryLoginFailures();
    private final InMemorySecurityEvents events = new InMemorySecurityEvents(clock);
    private final InMemoryViewerLookup viewers = new InMemoryViewerLookup(users, roles, ALL_PERMISSIONS);
    private final RecordingSecurityAuditLog audit = new RecordingSecurityAuditLog();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final InMemoryTransactions transactions =
            new InMemoryTransactions(users, roles, sessions, loginFailures, events);

    public MutableClock clock() {
        return clock;
    }

    public InMemoryUserRepository users() {
        return users;
    }

    public InMemoryRoleRepository roles() {
        return roles;
    }

    public InMemorySessionRepository sessions() {
        return sessions;
    }

    public InMemoryLoginFailures loginFailures() {
        return loginFailures;
    }

    public InMemorySecurityEvents events() {
        return events;
    }

    public InMemoryViewerLookup viewers() {
        return viewers;
    }

    public RecordingSecurityAuditLog audit() {
        return audit;
    }

    public FakePasswordHasher hasher() {
        return hasher;
    }

    public InMemoryTransactions transactions() {
        return transactions;
    }

    /** The seeded super_admin role: every permission, scope all. */
    public Role givenSuperAdminRole() {
        return roles.save(Role.restore(1, Role.SUPER_ADMIN, "Everything", DataScope.ALL, true, true, Set.of()));
    }

    public Role givenRole(long id, String name, DataScope scope, String... permissions) {
        Set<PermissionCode> codes = Arrays.stream(permissions).map(PermissionCode::of).collect(Collectors.toSet());
        return roles.save(Role.restore(id, name, name + " role", scope, false, false, codes));
    }

    /** An active user without a role whose password is {@code password}; the username is the local part. */
    public User givenUser(String email, String password) {
        return givenUser(email, password, null);
    }

    public User givenUser(String email, String password, Long roleId) {
        EmailAddress address = EmailAddress.of(email);
        return users.insert(User.create(address, Username.of(address.localPart()), hasher.hash(password), "", "",
                roleId, clock.instant()));
    }

    /** Stores the user again as inactive, as deactivating them would. */
    public User deactivate(User user) {
        return users.save(User.restore(user.id(), user.email(), user.username(), user.passwordHash(),
                user.firstName(), user.lastName(), user.roleId().orElse(null), false, user.createdAt(),
                clock.instant()));
    }

    /** Stores the user again with another role. */
    public User assignRole(User user, Long roleId) {
        return users.save(User.restore(user.id(), user.email(), user.username(), user.passwordHash(),
                user.firstName(), user.lastName(), roleId, user.isActive(), user.createdAt(), clock.instant()));
    }

    /** The viewer the user would be resolved to now. */
    public Viewer viewerOf(User user) {
        return viewers.current(user.id())
                .orElseThrow(() -> new IllegalStateException("user " + user.id() + " is not active"));
    }
}
