package io.kamdesk.application.identity.testing;

import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.application.shared.testing.MutableClock;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.Session;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every out-port of the identity area as an in-memory fake, sharing one clock and one transaction
 * manager that rolls all the stores back together, plus short ways to set up users and roles.
 */
public final class IdentityFakes {

    /** The permissions the schema seeds; a role holding all permissions gets these (and any added later). */
    public static final Set<PermissionCode> ALL_PERMISSIONS = InMemoryPermissionCatalog.seededCodes();

    private final MutableClock clock = MutableClock.at("2025-03-01T09:00:00Z");
    private final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository(roles);
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemoryLoginFailures loginFailures = new InMemoryLoginFailures();
    private final InMemorySecurityEvents events = new InMemorySecurityEvents(clock);
    private final InMemoryPermissionCatalog permissions = new InMemoryPermissionCatalog();
    private final InMemoryMenuRepository menu = new InMemoryMenuRepository();
    private final InMemoryViewerLookup viewers = new InMemoryViewerLookup(users, roles, permissions);
    private final RecordingSecurityAuditLog audit = new RecordingSecurityAuditLog();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final InMemoryTransactions transactions =
            new InMemoryTransactions(users, roles, sessions, loginFailures, events);

    /** The five roles the schema seeds, as {@link #givenSeededRoles()} stores them. */
    public record SeededRoles(Role superAdmin, Role admin, Role salesManager, Role salesPerson, Role viewer) {
    }

    public IdentityFakes() {
        // as in the schema: role_id restricts deleting a role in use, sessions are deleted with their user
        roles.holdersFrom(users::all);
        users.onDelete(sessions::deleteAllOf);
    }

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

    public InMemoryPermissionCatalog permissions() {
        return permissions;
    }

    public InMemoryMenuRepository menu() {
        return menu;
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

    /**
     * The roles the schema seeds, with ids 1 to 5: super_admin (every permission, always), admin
     * (every permission seeded), sales_manager (all of customers, prospects, bills and dashboard),
     * sales_person (own records: read/create/update, exports, convert, dashboard) and viewer (reads).
     */
    public SeededRoles givenSeededRoles() {
        Instant now = clock.instant();
        Role superAdmin = roles.save(Role.restore(1, Role.SUPER_ADMIN,
                "Everything, always, including permissions added later", DataScope.ALL, true, true, Set.of(), now,
                now));
        Role admin = roles.save(Role.restore(2, Role.ADMIN,
                "Everything except acting on super_admin users or the super_admin role", DataScope.ALL, false, true,
                permissions.allCodes(), now, now));
        Role salesManager = roles.save(Role.restore(3, "sales_manager",
                "All CRM, billing and dashboard permissions over every record", DataScope.ALL, false, true,
                permissions.allCodes().stream()
                        .filter(code -> Set.of("customers", "prospects", "bills", "dashboard").contains(code.resource()))
                        .collect(Collectors.toSet()),
                now, now));
        Role salesPerson = roles.save(Role.restore(4, Role.SALES_PERSON,
                "Key account manager: works on their own prospects, customers and bills", DataScope.OWN, false, true,
                codes("customers:read", "customers:create", "customers:update", "customers:export",
                        "prospects:read", "prospects:create", "prospects:update", "prospects:convert",
                        "bills:read", "bills:create", "bills:update", "bills:export", "dashboard:read"),
                now, now));
        Role viewer = roles.save(Role.restore(5, "viewer", "Reads CRM, billing and the dashboard", DataScope.ALL,
                false, true, codes("customers:read", "prospects:read", "bills:read", "dashboard:read"), now, now));
        return new SeededRoles(superAdmin, admin, salesManager, salesPerson, viewer);
    }

    public Role givenRole(long id, String name, DataScope scope, String... permissions) {
        return roles.save(Role.restore(id, name, name + " role", scope, false, false, codes(permissions)));
    }

    /** An active user without a role whose password is {@code password}; the username is the local part. */
    public User givenUser(String email, String password) {
        return givenUser(email, password, (Long) null);
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

    /** An active user holding {@code role}. */
    public User givenUser(String email, String password, Role role) {
        return givenUser(email, password, role.id());
    }

    /** A login of the user, open now for a week; answers the session id. */
    public UUID givenSessionOf(User user) {
        Session session = Session.open(UUID.randomUUID(), user.id(), UUID.randomUUID(), clock.instant(),
                Duration.ofDays(7), "203.0.113.7", "Firefox");
        sessions.insert(session);
        return session.id();
    }

    /** The viewer the user would be resolved to now. */
    public Viewer viewerOf(User user) {
        return viewers.current(user.id())
                .orElseThrow(() -> new IllegalStateException("user " + user.id() + " is not active"));
    }

    private static Set<PermissionCode> codes(String... permissions) {
        return Arrays.stream(permissions).map(PermissionCode::of).collect(Collectors.toSet());
    }
}
