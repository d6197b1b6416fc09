package io.kamdesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.shared.EmailAddress;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private static User stored() {
        return User.restore(7, EmailAddress.of("kam@example.com"), Username.of("kam"), "hash-1", "Karim", "Ahmed", 4L,
                true, NOW, NOW);
    }

    @Test
    void create_newUser_isActiveUnstoredWithTrimmedNames() {
        // given: raw names with spaces and a missing last name

        User user = User.create(EmailAddress.of("kam@example.com"), Username.of("kam"), "hash-1", " Karim ", null, 4L,
                NOW);

        assertThat(user.isActive()).isTrue();
        assertThat(user.isStored()).isFalse();
        assertThat(user.firstName()).isEqualTo("Karim");
        assertThat(user.lastName()).isEmpty();
        assertThat(user.roleId()).contains(4L);
        assertThat(user.createdAt()).isEqualTo(NOW);
        assertThat(user.updatedAt()).isEqualTo(NOW);
        assertThatThrownBy(user::id).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void updateProfile_newDetails_replacesThemAndKeepsPasswordRoleAndStatus() {
        // given: a stored user

        User updated = stored().updateProfile(EmailAddress.of("karim@example.com"), Username.of("karim"), "Karim A.",
                " ", LATER);

        assertThat(updated.id()).isEqualTo(7);
        assertThat(updated.email().value()).isEqualTo("karim@example.com");
        assertThat(updated.username().value()).isEqualTo("karim");
        assertThat(updated.firstName()).isEqualTo("Karim A.");
        assertThat(updated.lastName()).isEmpty();
        assertThat(updated.passwordHash()).isEqualTo("hash-1");
        assertThat(updated.roleId()).contains(4L);
        assertThat(updated.isActive()).isTrue();
        assertThat(updated.createdAt()).isEqualTo(NOW);
        assertThat(updated.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void changePassword_newHash_replacesOnlyTheHash() {
        // given: a stored user

        User updated = stored().changePassword("hash-2", LATER);

        assertThat(updated.passwordHash()).isEqualTo("hash-2");
        assertThat(updated.email()).isEqualTo(stored().email());
        assertThat(updated.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void assignRole_anotherRole_replacesIt() {
        // given: a sales_person (role 4)

        User updated = stored().assignRole(5L, LATER);

        assertThat(updated.roleId()).contains(5L);
        assertThat(updated.hasRole(5L)).isTrue();
        assertThat(updated.hasRole(4L)).isFalse();
        assertThat(updated.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void assignRole_none_leavesTheUserWithoutRole() {
        // given: a sales_person

        User updated = stored().assignRole(null, LATER);

        assertThat(updated.roleId()).isEmpty();
        assertThat(updated.hasRole(null)).isTrue();
        assertThat(updated.hasRole(4L)).isFalse();
    }

    @Test
    void deactivate_activeUser_makesItInactiveAtThatTime() {
        // given: an active user

        User updated = stored().deactivate(LATER);

        assertThat(updated.isActive()).isFalse();
        assertThat(updated.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void deactivate_inactiveUser_changesNothing() {
        User inactive = stored().deactivate(NOW);

        User again = inactive.deactivate(LATER);

        assertThat(again).isSameAs(inactive);
        assertThat(again.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void activate_inactiveUser_makesItActiveAgain() {
        User inactive = stored().deactivate(NOW);

        User updated = inactive.activate(LATER);

        assertThat(updated.isActive()).isTrue();
        assertThat(updated.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void activate_activeUser_changesNothing() {
        User active = stored();

        User again = active.activate(LATER);

        assertThat(again).isSameAs(active);
    }

    @Test
    void hasRole_userWithoutRole_isTrueOnlyForNone() {
        User user = stored().assignRole(null, NOW);

        boolean none = user.hasRole(null);
        boolean any = user.hasRole(1L);

        assertThat(none).isTrue();
        assertThat(any).isFalse();
    }
}
