package io.kamdesk.adapter.out.persistence.identity;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.ROLE_PERMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** Roles with their permissions: reading, creating, changing, deleting and counting holders. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class RoleRepositoryIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final PermissionCode CUSTOMERS_READ = PermissionCode.of("customers:read");
    private static final PermissionCode BILLS_READ = PermissionCode.of("bills:read");
    private static final PermissionCode BILLS_EXPORT = PermissionCode.of("bills:export");

    @Autowired
    RoleRepository roles;
    @Autowired
    UserRepository users;
    @Autowired
    DSLContext dsl;

    @Test
    void findAll_seededRoles_comeFirstInIdOrderWithTimestamps() {
        List<Role> all = roles.findAll();

        assertThat(all).extracting(Role::id).isSorted();
        assertThat(all.subList(0, 5)).extracting(Role::name)
                .containsExactly("super_admin", "admin", "sales_manager", "sales_person", "viewer");
        assertThat(all).allSatisfy(role -> {
            assertThat(role.createdAt()).isNotNull();
            assertThat(role.updatedAt()).isNotNull();
        });
        assertThat(all.getFirst().holdsAllPermissions()).isTrue();
        assertThat(all.get(3).permissions()).contains(PermissionCode.of("prospects:convert"));
        assertThat(all.subList(0, 5)).allMatch(Role::isBuiltin);
    }


    @Test
    void insert_newRole_isStoredWithIdTimestampsAndPermissions() {
        Role draft = Role.create(uniqueName(), "Reads customers and bills", DataScope.OWN,
                Set.of(CUSTOMERS_READ, BILLS_READ), NOW);

        Role stored = roles.insert(draft);

        assertThat(stored.id()).isPositive();
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.updatedAt()).isEqualTo(NOW);
        Role found = roles.findById(stored.id()).orElseThrow();
        assertThat(found.name()).isEqualTo(draft.name());
        assertThat(found.description()).isEqualTo("Reads customers and bills");
        assertThat(found.scope()).isEqualTo(DataScope.OWN);
        assertThat(found.permissions()).containsExactlyInAnyOrder(CUSTOMERS_READ, BILLS_READ);
        assertThat(found.isBuiltin()).isFalse();
        assertThat(found.holdsAllPermissions()).isFalse();
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void insert_nameTaken_isInvalidInputOnName() {
        Role draft = Role.create("viewer", "", DataScope.ALL, Set.of(), NOW);

        assertThatThrownBy(() -> roles.insert(draft))
                .isInstanceOfSatisfying(InvalidInputException.class, failure -> assertThat(failure.fieldErrors())
                        .isEqualTo(Map.of("name", List.of(Violation.of(Reason.TAKEN, Subject.ROLE)))));
    }

    @Test
    void insert_permissionThatDoesNotExist_storesNothing() {
        String name = uniqueName();
        Role draft = Role.create(name, "", DataScope.ALL, Set.of(CUSTOMERS_READ, PermissionCode.of("nothing:here")),
                NOW);

        assertThatThrownBy(() -> roles.insert(draft)).isInstanceOf(IllegalArgumentException.class);

        assertThat(roles.findByName(name)).isEmpty();
    }

    @Test
    void update_changedRole_storesNameDescriptionScopeAndExactlyTheNewPermissions() {
        Role stored = roles.insert(Role.create(uniqueName(), "before", DataScope.ALL,
                Set.of(CUSTOMERS_READ, BILLS_READ), NOW));
        String newName = uniqueName();
        Instant later = NOW.plusSeconds(90);

        roles.update(stored.revise(newName, "after", DataScope.OWN, Set.of(BILLS_READ, BILLS_EXPORT), later));

        Role found = roles.findById(stored.id()).orElseThrow();
        assertThat(found.name()).isEqualTo(newName);
        assertThat(found.description()).isEqualTo("after");
        assertThat(found.scope()).isEqualTo(DataScope.OWN);
        assertThat(found.permissions()).containsExactlyInAnyOrder(BILLS_READ, BILLS_EXPORT);
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.updatedAt()).isEqualTo(later);
    }

    @Test
    void update_nameOfAnotherRole_isInvalidInputAndChangesNothing() {
        Role stored = roles.insert(Role.create(uniqueName(), "kept", DataScope.ALL, Set.of(CUSTOMERS_READ), NOW));

        assertThatThrownBy(() -> roles.update(stored.revise("sales_manager", "changed", DataScope.OWN, Set.of(),
                NOW.plusSeconds(1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        failure -> assertThat(failure.fieldErrors()).containsOnlyKeys("name"));

        Role found = roles.findById(stored.id()).orElseThrow();
        assertThat(found.description()).isEqualTo("kept");
        assertThat(found.permissions()).containsExactly(CUSTOMERS_READ);
    }

    @Test
    void delete_roleNobodyHolds_removesItAndItsPermissionRows() {
        Role stored = roles.insert(Role.create(uniqueName(), "", DataScope.ALL, Set.of(CUSTOMERS_READ, BILLS_READ),
                NOW));

        roles.delete(stored.id());

        assertThat(roles.findById(stored.id())).isEmpty();
        assertThat(dsl.fetchCount(ROLE_PERMISSION, ROLE_PERMISSION.ROLE_ID.eq(stored.id()))).isZero();
    }

    @Test
    void delete_roleSomeoneHolds_isAConflictAndKeepsTheRole() {
        Role stored = roles.insert(Role.create(uniqueName(), "", DataScope.ALL, Set.of(CUSTOMERS_READ), NOW));
        newUserWith(stored.id());

        assertThatThrownBy(() -> roles.delete(stored.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        failure -> assertThat(failure.refusal()).isEqualTo(Refusal.ROLE_IN_USE));

        assertThat(roles.findById(stored.id())).isPresent();
    }

    @Test
    void userCounts_activeAndInactiveHolders_areAllCounted() {
        Role held = roles.insert(Role.create(uniqueName(), "", DataScope.ALL, Set.of(), NOW));
        Role unheld = roles.insert(Role.create(uniqueName(), "", DataScope.ALL, Set.of(), NOW));
        newUserWith(held.id());
        User inactive = newUserWith(held.id());
        users.update(inactive.deactivate(NOW));

        Map<Long, Long> counts = roles.userCounts();

        assertThat(counts).containsEntry(held.id(), 2L);
        assertThat(counts.getOrDefault(unheld.id(), 0L)).isZero();
    }

    private User newUserWith(long roleId) {
        int n = SEQUENCE.incrementAndGet();
        return users.insert(User.create(EmailAddress.of("holder" + n + "@example.com"), Username.of("holder" + n),
                "hash", "", "", roleId, NOW));
    }

    private static String uniqueName() {
        return "custom_" + SEQUENCE.incrementAndGet() + "_" + System.nanoTime();
    }
}
