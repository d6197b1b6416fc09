package io.kamdesk.adapter.out.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.identity.port.in.session.ListSessionsQuery;
import io.kamdesk.application.identity.port.in.session.SessionSortField;
import io.kamdesk.application.identity.port.in.session.SessionView;
import io.kamdesk.application.identity.port.out.LoginFailures;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.port.out.SecurityEvents;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.identity.port.out.ViewerLookup;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.Transactions;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The identity repositories against a real PostgreSQL with the Liquibase schema and seed data. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class IdentityPersistenceIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Autowired
    UserRepository users;
    @Autowired
    RoleRepository roles;
    @Autowired
    SessionRepository sessions;
    @Autowired
    LoginFailures failures;
    @Autowired
    SecurityEvents events;
    @Autowired
    ViewerLookup viewers;
    @Autowired
    Transactions transactions;
    @Autowired
    DSLContext dsl;

    @Test
    void seededRoles_existWithTheirScopesAndPermissions() {
        Role salesPerson = roles.findByName("sales_person").orElseThrow();
        Role superAdmin = roles.findByName("SUPER_ADMIN").orElseThrow();

        assertThat(salesPerson.scope()).isEqualTo(DataScope.OWN);
        assertThat(salesPerson.permissions()).contains(PermissionCode.of("prospects:convert"))
                .doesNotContain(PermissionCode.of("customers:delete"), PermissionCode.of("users:read"));
        assertThat(superAdmin.holdsAllPermissions()).isTrue();
        assertThat(roles.findByName("viewer").orElseThrow().permissions())
                .allMatch(permission -> permission.action().equals("read"));
    }

    @Test
    void insertedUser_isFoundByIdAndByEmailInAnyCase() {
        User stored = newUser("sales_person", true);

        assertThat(stored.id()).isPositive();
        assertThat(users.findById(stored.id()).orElseThrow().email()).isEqualTo(stored.email());
        assertThat(users.findByEmail(EmailAddress.of(stored.email().value().toUpperCase()))).isPresent();
        assertThat(users.anyExists()).isTrue();
    }

    @Test
    void viewerOfSuperAdmin_holdsEveryPermissionIncludingOnesAddedLater() {
        User admin = newUser("super_admin", true);
        dsl.execute("insert into permission (code) values ('reports:read') on conflict do nothing");

        Viewer viewer = viewers.findActiveViewer(admin.id()).orElseThrow();

        assertThat(viewer.can(PermissionCode.of("reports:read"))).isTrue();
        assertThat(viewer.can(PermissionCode.of("users:delete"))).isTrue();
        assertThat(viewer.scope()).isEqualTo(DataScope.ALL);
        assertThat(viewer.roleName()).isEqualTo("super_admin");
    }

    @Test
    void viewerOfSalesPerson_holdsItsRolesPermissionsAndOwnScope() {
        User kam = newUser("sales_person", true);

        Viewer viewer = viewers.findActiveViewer(kam.id()).orElseThrow();

        assertThat(viewer.scope()).isEqualTo(DataScope.OWN);
        assertThat(viewer.can(PermissionCode.of("customers:read"))).isTrue();
        assertThat(viewer.can(PermissionCode.of("customers:delete"))).isFalse();
    }

    @Test
    void viewerWithoutRole_mayDoNothingAndSeesOnlyOwn() {
        User roleless = newUser(null, true);

        Viewer viewer = viewers.findActiveViewer(roleless.id()).orElseThrow();

        assertThat(viewer.permissions()).isEmpty();
        assertThat(viewer.scope()).isEqualTo(DataScope.OWN);
    }

    @Test
    void viewerOfAnInactiveRole_mayDoNothingUntilItIsActiveAgain() {
        Role role = roles.insert(Role.create("dormant_" + SEQUENCE.incrementAndGet(), "", DataScope.ALL,
                Set.of(PermissionCode.of("bills:read")), NOW));
        User holder = users.insert(User.create(EmailAddress.of("holder" + SEQUENCE.incrementAndGet() + "@example.com"),
                Username.of("holder" + SEQUENCE.get()), "hash", "", "", role.id(), NOW));

        roles.update(role.deactivate(NOW));
        Viewer whileInactive = viewers.findActiveViewer(holder.id()).orElseThrow();
        roles.update(roles.findById(role.id()).orElseThrow().activate(NOW));
        Viewer whenActive = viewers.findActiveViewer(holder.id()).orElseThrow();

        assertThat(roles.findById(role.id()).orElseThrow().isActive()).isTrue();
        assertThat(whileInactive.permissions()).isEmpty();
        assertThat(whenActive.can(PermissionCode.of("bills:read"))).isTrue();
    }

    @Test
    void superAdminRole_cannotBeStoredInactive() {
        // when / then: the table refuses what the domain never does
        assertThatThrownBy(() -> dsl.execute("update role set is_active = false where name = 'super_admin'"))
                .hasMessageContaining("role_super_admin_active");
    }

    @Test
    void sessionOwner_isTheUserItWasOpenedForOrNobody() {
        User user = newUser("viewer", true);
        Session session = openSession(user, NOW);

        assertThat(sessions.findOwner(session.id())).contains(user.id());
        assertThat(sessions.findOwner(UUID.randomUUID())).isEmpty();
    }

    @Test
    void inactiveOrUnknownUser_hasNoViewer() {
        User inactive = newUser("viewer", false);

        assertThat(viewers.findActiveViewer(inactive.id())).isEmpty();
        assertThat(viewers.findActiveViewer(999_999)).isEmpty();
    }

    @Test
    void session_roundTripsAndUpdates() {
        User user = newUser("viewer", true);
        Session session = openSession(user, NOW);

        Session rotated = transactions.inTransaction(() -> {
            Session found = sessions.findForUpdate(session.id()).orElseThrow();
            Session next = found.rotate(found.refreshTokenId(), UUID.randomUUID(), NOW.plusSeconds(60),
                    Duration.ofDays(7));
            sessions.update(next);
            return next;
        });

        Session reloaded = transactions.inTransaction(() -> sessions.findForUpdate(session.id()).orElseThrow());
        assertThat(reloaded.refreshTokenId()).isEqualTo(rotated.refreshTokenId()).isNotEqualTo(session.refreshTokenId());
        assertThat(reloaded.refreshedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(reloaded.userAgent()).isEqualTo("test-agent");
    }

    @Test
    void revokeAllOf_revokesOnlyTheUsersLiveSessions() {
        User user = newUser("viewer", true);
        User other = newUser("viewer", true);
        Session first = openSession(user, NOW);
        Session second = openSession(user, NOW);
        Session othersSession = openSession(other, NOW);

        List<UUID> revoked = transactions.inTransaction(() -> sessions.revokeAllOf(user.id(), null, NOW, "deactivated"));

        assertThat(revoked).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(transactions.inTransaction(() -> sessions.revokeAllOf(user.id(), null, NOW, "again"))).isEmpty();
        assertThat(transactions.inTransaction(() -> sessions.findForUpdate(othersSession.id()).orElseThrow())
                .revokedAt()).isEmpty();
    }

    @Test
    void list_pagesOrdersSearchesAndCountsTheUsersSessions() {
        User user = newUser("viewer", true);
        Session older = openSession(user, NOW.minusSeconds(100));
        Session newer = openSession(user, NOW.minusSeconds(50));
        openSession(newUser("viewer", true), NOW);
        Viewer viewer = viewers.findActiveViewer(user.id()).orElseThrow();

        Collected page = list(new ListSessionsQuery(viewer, newer.id(), Optional.empty(), new ListSpec<>(
                Optional.empty(), List.of(SortOrder.ascending(SessionSortField.CREATED_AT)),
                Optional.of(new PageRequest(2, 1)))));
        Collected searched = list(new ListSessionsQuery(viewer, newer.id(), Optional.of(true), new ListSpec<>(
                Optional.of("TEST-AG"), List.of(), Optional.empty())));
        Collected nothing = list(new ListSessionsQuery(viewer, newer.id(), Optional.empty(), new ListSpec<>(
                Optional.of("100%_"), List.of(), Optional.empty())));

        assertThat(page.total.get()).isEqualTo(2);
        assertThat(page.items).extracting(SessionView::id).containsExactly(newer.id());
        assertThat(page.items.getFirst().current()).isTrue();
        assertThat(searched.items).extracting(SessionView::id).containsExactly(newer.id(), older.id());
        assertThat(nothing.total.get()).isZero();
    }

    @Test
    void loginFailures_countInTheirWindowAndNameTheBlockingFailure() {
        String account = "acct-" + SEQUENCE.incrementAndGet();
        for (int i = 0; i < 6; i++) {
            failures.record(account, "10.0.0.9", NOW.minusSeconds(60 - i));
        }
        failures.record(account, "10.0.0.9", NOW.minus(Duration.ofHours(1)));

        var count = failures.countForAccount(account, NOW.minus(Duration.ofMinutes(15)), 5);
        var under = failures.countForAccount(account, NOW.minus(Duration.ofMinutes(15)), 10);
        failures.clearAccount(account);

        assertThat(count.failures()).isEqualTo(6);
        assertThat(count.oldestFailure()).isEqualTo(NOW.minusSeconds(59));
        assertThat(under.oldestFailure()).isNull();
        assertThat(failures.countForAccount(account, NOW.minus(Duration.ofMinutes(15)), 5).failures()).isZero();
        assertThat(failures.countForAddress("10.0.0.9", NOW.minus(Duration.ofDays(1)), 5).failures()).isZero();
    }

    @Test
    void securityEvents_areReadBackInOrderAndPurged() {
        UUID session = UUID.randomUUID();
        Instant before = dsl.fetchSingle("select clock_timestamp()").get(0, java.time.OffsetDateTime.class)
                .toInstant().minusMillis(1);

        transactions.run(() -> {
            events.publish(SecurityEvent.sessionRevoked(1, session));
            events.publish(SecurityEvent.userChanged(2));
            events.publish(SecurityEvent.rolesChanged());
        });

        List<SecurityEvent> after = events.after(before);
        assertThat(after).extracting(SecurityEvent::kind).containsExactly(SecurityEvent.Kind.SESSION_REVOKED,
                SecurityEvent.Kind.USER_CHANGED, SecurityEvent.Kind.ROLES_CHANGED);
        assertThat(after.getFirst().sessionId()).isEqualTo(session);
        assertThat(after).allMatch(event -> event.occurredAt() != null);
        assertThat(events.recent(Duration.ofMinutes(1))).hasSizeGreaterThanOrEqualTo(3);
        events.purgeOlderThan(Duration.ofHours(1));
        assertThat(events.after(before)).hasSize(3);
    }

    @Test
    void lockFirstUserCreation_isReleasedWhenTheTransactionEnds() {
        long heldInside = transactions.inTransaction(() -> {
            users.lockFirstUserCreation();
            return (long) dsl.fetchCount(dsl.selectFrom("pg_locks").where("locktype = 'advisory'"));
        });

        assertThat(heldInside).isEqualTo(1);
        assertThat(dsl.fetchCount(dsl.selectFrom("pg_locks").where("locktype = 'advisory'"))).isZero();
    }

    private User newUser(String roleName, boolean active) {
        int n = SEQUENCE.incrementAndGet();
        Long roleId = roleName == null ? null : roles.findByName(roleName).orElseThrow().id();
        User user = users.insert(User.create(EmailAddress.of("User" + n + "@Example.com"), Username.of("user" + n),
                "hash", "First", "Last", roleId, NOW));
        if (!active) {
            dsl.execute("update app_user set is_active = false where id = " + user.id());
        }
        return user;
    }

    private Session openSession(User user, Instant at) {
        Session session = Session.open(UUID.randomUUID(), user.id(), UUID.randomUUID(), at, Duration.ofDays(7),
                "10.1.2.3", "test-agent");
        transactions.run(() -> sessions.insert(session));
        return session;
    }

    private Collected list(ListSessionsQuery query) {
        Collected collected = new Collected();
        sessions.list(query, NOW, collected);
        return collected;
    }

    private static final class Collected implements ResultSink<SessionView> {
        final AtomicLong total = new AtomicLong(-1);
        final List<SessionView> items = new ArrayList<>();

        @Override
        public void total(long count) {
            total.set(count);
        }

        @Override
        public void item(SessionView item) {
            items.add(item);
        }
    }
}
