package io.kamdesk.adapter.out.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.identity.port.in.user.ListUsersQuery;
import io.kamdesk.application.identity.port.in.user.UserSortField;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.Session;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The user repository's management side: changes, lookups, the list, the view and the locks. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class UserRepositoryIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Autowired
    UserRepository users;
    @Autowired
    RoleRepository roles;
    @Autowired
    SessionRepository sessions;
    @Autowired
    Transactions transactions;
    @Autowired
    DSLContext dsl;

    @Test
    void update_everyChangeableField_isStored() {
        User user = newUser("First", "Last", "viewer", NOW);
        long salesPerson = roleId("sales_person");
        int n = SEQUENCE.incrementAndGet();
        Instant later = NOW.plusSeconds(60);

        users.update(user.updateProfile(EmailAddress.of("renamed" + n + "@example.com"), Username.of("renamed" + n),
                        "Ada", "Lovelace", later)
                .changePassword("new-hash", later)
                .assignRole(salesPerson, later)
                .deactivate(later));

        User stored = users.findById(user.id()).orElseThrow();
        assertThat(stored.email()).isEqualTo(EmailAddress.of("renamed" + n + "@example.com"));
        assertThat(stored.username()).isEqualTo(Username.of("renamed" + n));
        assertThat(stored.firstName()).isEqualTo("Ada");
        assertThat(stored.lastName()).isEqualTo("Lovelace");
        assertThat(stored.passwordHash()).isEqualTo("new-hash");
        assertThat(stored.roleId()).contains(salesPerson);
        assertThat(stored.isActive()).isFalse();
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.updatedAt()).isEqualTo(later);
    }

    @Test
    void update_roleRemoved_storesNoRole() {
        User user = newUser("First", "Last", "viewer", NOW);

        users.update(user.assignRole(null, NOW.plusSeconds(1)));

        assertThat(users.findById(user.id()).orElseThrow().roleId()).isEmpty();
    }

    @Test
    void update_unknownUser_isNotFound() {
        User ghost = User.restore(999_999, EmailAddress.of("ghost@example.com"), Username.of("ghost"), "hash", "",
                "", null, true, NOW, NOW);

        assertThatThrownBy(() -> users.update(ghost)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void findByUsername_otherCase_findsTheUser() {
        User user = newUser("First", "Last", "viewer", NOW);

        Optional<User> found = users.findByUsername(Username.of(user.username().value().toUpperCase()));

        assertThat(found).map(User::id).contains(user.id());
        assertThat(users.findByUsername(Username.of("nobody-" + UUID.randomUUID()))).isEmpty();
    }

    @Test
    void delete_userWithSessions_removesTheUserAndTheSessions() {
        User user = newUser("First", "Last", "viewer", NOW);
        Session session = Session.open(UUID.randomUUID(), user.id(), UUID.randomUUID(), NOW, Duration.ofDays(7),
                "10.0.0.1", "agent");
        transactions.run(() -> sessions.insert(session));

        users.delete(user.id());

        assertThat(users.findById(user.id())).isEmpty();
        assertThat(transactions.inTransaction(() -> sessions.findForUpdate(session.id()))).isEmpty();
    }

    @Test
    void insert_emailTaken_isInvalidInputOnEmail() {
        User existing = newUser("First", "Last", "viewer", NOW);
        User clash = User.create(existing.email(), Username.of("other" + SEQUENCE.incrementAndGet()), "hash", "", "",
                null, NOW);

        assertThatThrownBy(() -> users.insert(clash))
                .isInstanceOfSatisfying(InvalidInputException.class, failure -> assertThat(failure.fieldErrors())
                        .isEqualTo(Map.of("email", List.of(Violation.of(Reason.TAKEN, Subject.USER)))));
    }

    @Test
    void insert_usernameTakenInOtherCase_isInvalidInputOnUsername() {
        User existing = newUser("First", "Last", "viewer", NOW);
        User clash = User.create(EmailAddress.of("other" + SEQUENCE.incrementAndGet() + "@example.com"),
                Username.of(existing.username().value().toUpperCase()), "hash", "", "", null, NOW);

        assertThatThrownBy(() -> transactions.inTransaction(() -> users.insert(clash)))
                .isInstanceOfSatisfying(InvalidInputException.class, failure -> assertThat(failure.fieldErrors())
                        .isEqualTo(Map.of("username", List.of(Violation.of(Reason.TAKEN, Subject.USER)))));
    }

    @Test
    void insert_roleThatDoesNotExist_isInvalidInputOnRole() {
        int n = SEQUENCE.incrementAndGet();
        User roleless = User.create(EmailAddress.of("norole" + n + "@example.com"), Username.of("norole" + n), "hash",
                "", "", 999_999L, NOW);

        assertThatThrownBy(() -> users.insert(roleless))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        failure -> assertThat(failure.fieldErrors()).containsOnlyKeys("role"));
    }

    @Test
    void update_emailOfAnotherUser_isInvalidInputAndChangesNothing() {
        User first = newUser("First", "Last", "viewer", NOW);
        User second = newUser("Second", "Last", "viewer", NOW);

        assertThatThrownBy(() -> transactions.run(() -> users.update(
                second.updateProfile(first.email(), second.username(), "Changed", "Name", NOW.plusSeconds(5)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        failure -> assertThat(failure.fieldErrors()).containsOnlyKeys("email"));

        assertThat(users.findById(second.id()).orElseThrow().firstName()).isEqualTo("Second");
    }

    @Test
    void update_usernameOfAnotherUser_isInvalidInputOnUsername() {
        User first = newUser("First", "Last", "viewer", NOW);
        User second = newUser("Second", "Last", "viewer", NOW);

        assertThatThrownBy(() -> users.update(
                second.updateProfile(second.email(), first.username(), "Second", "Last", NOW.plusSeconds(5))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        failure -> assertThat(failure.fieldErrors()).containsOnlyKeys("username"));
    }

    @Test
    void countActiveWithRole_activeAndInactiveHolders_countsOnlyTheActive() {
        Role role = roles.insert(Role.create("counted_" + SEQUENCE.incrementAndGet(), "", DataScope.ALL,
                Set.of(PermissionCode.of("users:read")), NOW));
        newUser("A", "Holder", role.name(), NOW);
        newUser("B", "Holder", role.name(), NOW);
        User inactive = newUser("C", "Holder", role.name(), NOW);
        users.update(inactive.deactivate(NOW));

        long active = users.countActiveWithRole(role.id());

        assertThat(active).isEqualTo(2);
    }

    @Test
    void findView_userWithRole_namesTheRole() {
        User user = newUser("Grace", "Hopper", "viewer", NOW);

        UserView view = users.findView(user.id()).orElseThrow();

        assertThat(view).isEqualTo(new UserView(user.id(), user.email().value(), user.username().value(), "Grace",
                "Hopper", roleId("viewer"), "viewer", true, NOW, NOW));
    }

    @Test
    void findView_userWithoutRole_hasNullRole() {
        User user = newUser("No", "Role", null, NOW);

        UserView view = users.findView(user.id()).orElseThrow();

        assertThat(view.roleId()).isNull();
        assertThat(view.roleName()).isNull();
        assertThat(users.findView(999_999)).isEmpty();
    }

    @Test
    void list_filtersSearchOrderAndPage_answerTheMatchingUsers() {
        String marker = "Mark" + SEQUENCE.incrementAndGet() + "x";
        User carol = newUser("Carol", marker, "viewer", NOW.minusSeconds(10));
        User alice = newUser("Alice", marker, "sales_person", NOW.minusSeconds(40));
        User bob = newUser("Bob", marker, "viewer", NOW.minusSeconds(30));
        users.update(bob.deactivate(NOW));
        User dave = newUser("Dave", marker, null, NOW.minusSeconds(20));
        newUser("Eve", "Elsewhere", "viewer", NOW);
        long viewer = roleId("viewer");

        CollectingSink<UserView> all = list(Optional.empty(), Optional.empty(), marker.toUpperCase(), List.of(), null);
        CollectingSink<UserView> viewers = list(Optional.of(viewer), Optional.empty(), marker, List.of(), null);
        CollectingSink<UserView> activeViewers = list(Optional.of(viewer), Optional.of(true), marker, List.of(), null);
        CollectingSink<UserView> inactive = list(Optional.empty(), Optional.of(false), marker, List.of(), null);
        CollectingSink<UserView> secondPageByFirstNameDown = list(Optional.empty(), Optional.empty(), marker,
                List.of(SortOrder.descending(UserSortField.FIRST_NAME)), new PageRequest(2, 2));
        CollectingSink<UserView> oldestFirst = list(Optional.empty(), Optional.empty(), marker,
                List.of(SortOrder.ascending(UserSortField.CREATED_AT)), null);

        assertThat(all.total()).isEqualTo(4);
        assertThat(all.items()).extracting(UserView::id).containsExactly(carol.id(), alice.id(), bob.id(), dave.id());
        assertThat(viewers.items()).extracting(UserView::id).containsExactly(carol.id(), bob.id());
        assertThat(activeViewers.items()).extracting(UserView::id).containsExactly(carol.id());
        assertThat(inactive.items()).extracting(UserView::id).containsExactly(bob.id());
        assertThat(secondPageByFirstNameDown.total()).isEqualTo(4);
        assertThat(secondPageByFirstNameDown.items()).extracting(UserView::firstName).containsExactly("Bob", "Alice");
        assertThat(oldestFirst.items()).extracting(UserView::id)
                .containsExactly(alice.id(), bob.id(), dave.id(), carol.id());
        assertThat(all.items()).filteredOn(view -> view.id() == dave.id()).extracting(UserView::roleName)
                .containsOnlyNulls();
    }

    @Test
    void list_searchText_matchesEmailAndUsernameLiterally() {
        User user = newUser("Search", "Target", "viewer", NOW);

        CollectingSink<UserView> byEmail = list(Optional.empty(), Optional.empty(),
                user.email().value().toUpperCase(), List.of(), null);
        CollectingSink<UserView> byUsername = list(Optional.empty(), Optional.empty(),
                user.username().value().toUpperCase(), List.of(), null);
        CollectingSink<UserView> wildcards = list(Optional.empty(), Optional.empty(), "%_%", List.of(), null);

        assertThat(byEmail.items()).extracting(UserView::id).containsExactly(user.id());
        assertThat(byUsername.items()).extracting(UserView::id).containsExactly(user.id());
        assertThat(wildcards.total()).isZero();
    }

    @Test
    void list_everySortFieldBothWays_isAccepted() {
        String marker = "Sort" + SEQUENCE.incrementAndGet() + "x";
        newUser("One", marker, "viewer", NOW);
        newUser("Two", marker, "viewer", NOW);

        for (UserSortField field : UserSortField.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                CollectingSink<UserView> sorted = list(Optional.empty(), Optional.empty(), marker,
                        List.of(new SortOrder<>(field, descending)), null);

                assertThat(sorted.items()).as("ordered by %s", field).hasSize(2);
            }
        }
    }

    @Test
    void lockUserAdministration_heldByOneTransaction_blocksOnlyTheSameLockElsewhere() {
        boolean[] outcomes = transactions.inTransaction(() -> {
            users.lockUserAdministration();
            return new boolean[] {lockInAnotherTransaction(true), lockInAnotherTransaction(false)};
        });

        assertThat(outcomes[0]).as("user administration lock taken while held elsewhere").isFalse();
        assertThat(outcomes[1]).as("first-user lock taken while the administration lock is held").isTrue();
        assertThat(lockInAnotherTransaction(true)).as("user administration lock taken after release").isTrue();
    }

    /** Whether another connection gets the lock within a short wait. */
    private boolean lockInAnotherTransaction(boolean administration) {
        try {
            return CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
                dsl.execute("set local lock_timeout = '300ms'");
                if (administration) {
                    users.lockUserAdministration();
                } else {
                    users.lockFirstUserCreation();
                }
                return true;
            })).exceptionally(failure -> {
                if (isLockTimeout(failure)) {
                    return false;
                }
                throw new CompletionException(failure);
            }).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean isLockTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private CollectingSink<UserView> list(Optional<Long> roleId, Optional<Boolean> active, String search,
            List<SortOrder<UserSortField>> ordering, PageRequest page) {
        CollectingSink<UserView> sink = new CollectingSink<>();
        ListUsersQuery query = new ListUsersQuery(Optional.empty(), active,
                new ListSpec<>(Optional.ofNullable(search), ordering, Optional.ofNullable(page)));
        users.list(query, roleId, sink);
        return sink;
    }

    private User newUser(String firstName, String lastName, String roleName, Instant createdAt) {
        int n = SEQUENCE.incrementAndGet();
        Long roleId = roleName == null ? null : roleId(roleName);
        return users.insert(User.create(EmailAddress.of("managed" + n + "@example.com"), Username.of("u" + n + "_mgd"),
                "hash", firstName, lastName, roleId, createdAt));
    }

    private long roleId(String name) {
        return roles.findByName(name).orElseThrow().id();
    }
}
