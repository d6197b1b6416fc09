package io.kamdesk.application.identity.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of the user table that the services rely on, as the jOOQ adapter must follow them too. */
class InMemoryUserRepositoryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository(roles);
    private final Role viewer = roles.save(Role.restore(5, "viewer", "", DataScope.ALL, false, true, Set.of()));

    private User insert(String email, String username, Long roleId) {
        return users.insert(User.create(EmailAddress.of(email), Username.of(username), "hash", "", "", roleId, T0));
    }

    @Test
    void update_changedUser_savesEveryColumnButIdAndCreationTime() {
        User jane = insert("jane@example.com", "jane", null);
        User changed = User.restore(jane.id(), EmailAddress.of("j@example.com"), Username.of("jd"), "hash-2", "Jane",
                "Doe", viewer.id(), false, T1, T1);

        users.update(changed);

        User stored = users.findById(jane.id()).orElseThrow();
        assertThat(stored.email().value()).isEqualTo("j@example.com");
        assertThat(stored.username().value()).isEqualTo("jd");
        assertThat(stored.passwordHash()).isEqualTo("hash-2");
        assertThat(stored.firstName()).isEqualTo("Jane");
        assertThat(stored.lastName()).isEqualTo("Doe");
        assertThat(stored.roleId()).contains(viewer.id());
        assertThat(stored.isActive()).isFalse();
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.updatedAt()).isEqualTo(T1);
    }

    @Test
    void update_toAnotherUsersUsernameInOtherCase_isRefused() {
        insert("jane@example.com", "jane", null);
        User john = insert("john@example.com", "john", null);

        // when / then
        assertThatThrownBy(() -> users.update(john.updateProfile(john.email(), Username.of("JANE"), "", "", T1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(users.findById(john.id()).orElseThrow().username().value()).isEqualTo("john");
    }

    @Test
    void findByUsername_otherCase_findsTheUser() {
        User jane = insert("jane@example.com", "Jane", null);

        var found = users.findByUsername(Username.of("JANE"));

        assertThat(found).map(User::id).contains(jane.id());
    }

    @Test
    void countActiveWithRole_inactiveHolders_areNotCounted() {
        insert("a@example.com", "a", viewer.id());
        User b = insert("b@example.com", "b", viewer.id());
        users.update(b.deactivate(T1));
        insert("c@example.com", "c", null);

        long count = users.countActiveWithRole(viewer.id());

        assertThat(count).isOne();
    }

    @Test
    void findView_withAndWithoutRole_carriesTheRoleNameOrNull() {
        User withRole = insert("a@example.com", "a", viewer.id());
        User without = insert("b@example.com", "b", null);

        var a = users.findView(withRole.id()).orElseThrow();
        var b = users.findView(without.id()).orElseThrow();

        assertThat(a.roleName()).isEqualTo("viewer");
        assertThat(b.roleName()).isNull();
        assertThat(b.roleId()).isNull();
    }

    @Test
    void delete_user_runsTheCascades() {
        User jane = insert("jane@example.com", "jane", null);
        var deleted = new ArrayList<Long>();
        users.onDelete(deleted::add);

        users.delete(jane.id());

        assertThat(users.findById(jane.id())).isEmpty();
        assertThat(deleted).containsExactly(jane.id());
    }
}
