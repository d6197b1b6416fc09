package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.application.identity.port.in.role.DeleteRoleUseCase;
import io.kamdesk.application.identity.port.out.SecurityEvent.Kind;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.testing.IdentityFakes.SeededRoles;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Refusal;
import org.junit.jupiter.api.Test;

class DeleteRoleServiceTest {

    private static final String STRONG = "Correct-Horse-9";

    private final IdentityFakes fakes = new IdentityFakes();
    private final SeededRoles seeded = fakes.givenSeededRoles();
    private final SecurityState state = new SecurityState(fakes.events(), fakes.viewers(), fakes.sessions(), SessionSettings.standard());
    private final SessionRevoker revoker = new SessionRevoker(fakes.sessions(), fakes.events(), state, fakes.audit(),
            fakes.transactions(), fakes.clock());
    private final DeleteRoleUseCase service = new DeleteRoleService(fakes.roles(), fakes.permissions(), fakes.users(),
            revoker, fakes.transactions());

    private final User boss = fakes.givenUser("boss@example.com", STRONG, seeded.superAdmin());
    private final User ada = fakes.givenUser("ada@example.com", STRONG, seeded.admin());
    private final Role auditor = fakes.givenRole(10, "auditor", DataScope.ALL, "bills:read");

    private boolean exists(Role role) {
        return fakes.roles().findById(role.id()).isPresent();
    }

    @Test
    void deleteRole_customRoleNobodyHolds_isDeletedAndEveryInstanceIsTold() {
        // given: nobody holds auditor

        service.deleteRole(fakes.viewerOf(ada), auditor.id());

        assertThat(exists(auditor)).isFalse();
        assertThat(fakes.events().all()).extracting(SecurityEvent::kind).containsExactly(Kind.ROLES_CHANGED);
    }

    @Test
    void deleteRole_heldByUsers_isAConflictSayingHowManyAndKeepsTheRole() {
        fakes.givenUser("audrey@example.com", STRONG, auditor);
        fakes.deactivate(fakes.givenUser("olga@example.com", STRONG, auditor));

        // when / then
        assertThatThrownBy(() -> service.deleteRole(fakes.viewerOf(ada), auditor.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.ROLE_IN_USE);
                    assertThat(e.arguments()).containsExactly(2L);
                });
        assertThat(exists(auditor)).isTrue();
        assertThat(fakes.events().all()).isEmpty();
    }

    @Test
    void deleteRole_builtinRoleBySuperAdmin_isRefused() {
        // given: viewer is built in and held by nobody

        NotPermittedException error = catchThrowableOfType(NotPermittedException.class,
                () -> service.deleteRole(fakes.viewerOf(boss), seeded.viewer().id()));

        assertThat(error.refusal()).isEqualTo(Refusal.BUILTIN_ROLE_KEPT);
        assertThat(exists(seeded.viewer())).isTrue();
    }

    @Test
    void deleteRole_builtinRoleByAnAdmin_isRefusedAsProtected() {
        // given: viewer is built in and held by nobody; ada is an admin

        NotPermittedException error = catchThrowableOfType(NotPermittedException.class,
                () -> service.deleteRole(fakes.viewerOf(ada), seeded.viewer().id()));

        assertThat(error.refusal()).isEqualTo(Refusal.BUILTIN_ROLE_CHANGED_BY_SUPER_ADMIN);
        assertThat(exists(seeded.viewer())).isTrue();
    }

    @Test
    void deleteRole_givingMoreThanTheActorHolds_isRefused() {
        // given: a role manager holding bills:read only; cleaner also gives bills:delete
        Role manager = fakes.givenRole(11, "role_manager", DataScope.ALL, "roles:delete", "bills:read");
        User rosa = fakes.givenUser("rosa@example.com", STRONG, manager);
        Role cleaner = fakes.givenRole(12, "cleaner", DataScope.ALL, "bills:read", "bills:delete");

        NotPermittedException error = catchThrowableOfType(NotPermittedException.class,
                () -> service.deleteRole(fakes.viewerOf(rosa), cleaner.id()));

        assertThat(error.refusal()).isEqualTo(Refusal.ROLE_ALLOWS_MORE);
        assertThat(exists(cleaner)).isTrue();
    }

    @Test
    void deleteRole_superAdminRoleByAnAdmin_isRefused() {
        // given: ada is an admin

        NotPermittedException error = catchThrowableOfType(NotPermittedException.class,
                () -> service.deleteRole(fakes.viewerOf(ada), seeded.superAdmin().id()));

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_ROLE_CHANGED_BY_SUPER_ADMIN);
        assertThat(exists(seeded.superAdmin())).isTrue();
    }

    @Test
    void deleteRole_superAdminRoleByASuperAdmin_isRefusedAsBuiltin() {
        // given: boss is a super_admin

        NotPermittedException error = catchThrowableOfType(NotPermittedException.class,
                () -> service.deleteRole(fakes.viewerOf(boss), seeded.superAdmin().id()));

        assertThat(error.refusal()).isEqualTo(Refusal.BUILTIN_ROLE_KEPT);
        assertThat(exists(seeded.superAdmin())).isTrue();
    }

    @Test
    void deleteRole_unknownRole_isNotFound() {
        // given: no role 99

        // when / then
        assertThatThrownBy(() -> service.deleteRole(fakes.viewerOf(ada), 99)).isInstanceOf(NotFoundException.class);
    }
}
