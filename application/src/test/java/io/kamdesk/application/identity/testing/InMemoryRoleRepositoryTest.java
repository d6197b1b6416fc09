package io.kamdesk.application.identity.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of the role tables that the services rely on, as the jOOQ adapter must follow them too. */
class InMemoryRoleRepositoryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final PermissionCode BILLS_READ = PermissionCode.of("bills:read");

    private final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository(roles);
    private final Role viewer = roles.save(Role.restore(5, "viewer", "", DataScope.ALL, false, true, Set.of(), T0,
            T0));

    {
        roles.holdersFrom(users::all);
    }

    private User userWith(String name, Role role) {
        return users.insert(User.create(EmailAddress.of(name + "@example.com"), Username.of(name), "hash", "", "",
                role.id(), T0));
    }

    @Test
    void insert_newRole_isNumberedAfterTheHighestIdAndFoundByNameIgnoringCase() {
        // given: role 5 exists

        Role stored = roles.insert(Role.create("auditor", "", DataScope.OWN, Set.of(BILLS_READ), T0));

        assertThat(stored.id()).isEqualTo(6);
        assertThat(roles.findByName("AUDITOR")).map(Role::id).contains(6L);
        assertThat(roles.findAll()).extracting(Role::id).containsExactly(5L, 6L);
    }

    @Test
    void insert_existingName_isRefused() {
        // given: viewer exists

        // when / then
        assertThatThrownBy(() -> roles.insert(Role.create("viewer", "", DataScope.ALL, Set.of(), T0)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void update_revisedRole_savesItsFieldsButKeepsBuiltinAndCreationTime() {
        Role revised = viewer.revise("viewer", "Reads bills", DataScope.OWN, Set.of(BILLS_READ), T1);

        roles.update(revised);

        Role stored = roles.findById(viewer.id()).orElseThrow();
        assertThat(stored.description()).isEqualTo("Reads bills");
        assertThat(stored.scope()).isEqualTo(DataScope.OWN);
        assertThat(stored.permissions()).containsExactly(BILLS_READ);
        assertThat(stored.isBuiltin()).isTrue();
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.updatedAt()).isEqualTo(T1);
    }

    @Test
    void userCounts_activeAndInactiveHolders_areBothCounted() {
        userWith("a", viewer);
        User b = userWith("b", viewer);
        users.update(b.deactivate(T1));

        Map<Long, Long> counts = roles.userCounts();

        assertThat(counts).containsExactly(Map.entry(viewer.id(), 2L));
    }

    @Test
    void delete_roleSomeoneHolds_isRefusedAsTheForeignKeyWould() {
        userWith("a", viewer);

        // when / then
        assertThatThrownBy(() -> roles.delete(viewer.id())).isInstanceOf(ConflictException.class);
        assertThat(roles.findById(viewer.id())).isPresent();
    }
}
