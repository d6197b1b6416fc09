package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.kamdesk.application.identity.port.in.role.RoleRef;
import io.kamdesk.application.identity.port.in.session.ResolveViewerQuery;
import io.kamdesk.application.identity.port.in.user.UpdateUserCommand;
import io.kamdesk.application.identity.port.in.user.UpdateUserUseCase;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.port.out.SecurityEvent.Kind;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.testing.IdentityFakes.SeededRoles;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Violation;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UpdateUserServiceTest {

    private static final String STRONG = "Correct-Horse-9";

    private final IdentityFakes fakes = new IdentityFakes();
    private final SeededRoles seeded = fakes.givenSeededRoles();
    private final SecurityState state = new SecurityState(fakes.events(), fakes.viewers(), fakes.sessions(), SessionSettings.standard());
    private final SessionRevoker revoker = new SessionRevoker(fakes.sessions(), fakes.events(), state, fakes.audit(),
            fakes.transactions(), fakes.clock());
    private final UpdateUserUseCase service = new UpdateUserService(fakes.users(), fakes.roles(), fakes.permissions(),
            fakes.hasher(), revoker, fakes.transactions(), fakes.clock());

    private final User boss = fakes.givenUser("boss@example.com", STRONG, seeded.superAdmin());
    private final User ada = fakes.givenUser("ada@example.com", STRONG, seeded.admin());
    private final User kam = fakes.givenUser("kam@example.com", STRONG, seeded.salesPerson());

    /** A PATCH of {@code target} by {@code actor}; fields left alone stay as they are. */
    private static final class Patch {
        private final Viewer actor;
        private final long userId;
        private Optional<String> email = Optional.empty();
        private Optional<String> username = Optional.empty();
        private Optional<String> firstName = Optional.empty();
        private Optional<String> lastName = Optional.empty();
        private Optional<RoleRef> role = Optional.empty();
        private Optional<Boolean> active = Optional.empty();
        private Optional<String> password = Optional.empty();

        private Patch(Viewer actor, long userId) {
            this.actor = actor;
            this.userId = userId;
        }

        Patch email(String value) {
            email = Optional.of(value);
            return this;
        }

        Patch username(String value) {
            username = Optional.of(value);
            return this;
        }

        Patch firstName(String value) {
            firstName = Optional.of(value);
            return this;
        }

        Patch role(RoleRef value) {
            role = Optional.of(value);
            return this;
        }

        Patch active(boolean value) {
            active = Optional.of(value);
            return this;
        }

        Patch password(String value) {
            password = Optional.of(value);
            return this;
        }

        UpdateUserCommand command() {
            return new UpdateUserCommand(actor, userId, email, username, firstName, lastName, role, active, password);
        }
    }

    private Patch patch(User actor, User target) {
        return new Patch(fakes.viewerOf(actor), target.id());
    }

    private User stored(User user) {
        return fakes.users().findById(user.id()).orElseThrow();
    }

    private NotPermittedException refused(Patch patch) {
        return catchThrowableOfType(NotPermittedException.class, () -> service.updateUser(patch.command()));
    }

    private InvalidInputException invalid(Patch patch) {
        return catchThrowableOfType(InvalidInputException.class, () -> service.updateUser(patch.command()));
    }

    /** The second active super_admin; boss is the first. */
    private User givenSecondSuperAdmin() {
        return fakes.givenUser("root@example.com", STRONG, seeded.superAdmin());
    }

    /**
     * A super_admin viewer whose own account was deactivated a moment ago (on another instance), so
     * that {@code target} is the last active super_admin although the request still comes from one.
     */
    private Viewer superAdminWhoseAccountJustEnded() {
        Viewer viewer = fakes.viewerOf(boss);
        fakes.deactivate(boss);
        return viewer;
    }

    @Test
    void updateUser_someFields_changesThemAndKeepsTheRest() {
        fakes.clock().advance(Duration.ofHours(1));

        UserView view = service.updateUser(patch(ada, kam).firstName(" Karim ").username("karim").command());

        assertThat(view.firstName()).isEqualTo("Karim");
        assertThat(view.username()).isEqualTo("karim");
        assertThat(view.email()).isEqualTo("kam@example.com");
        assertThat(view.roleName()).isEqualTo("sales_person");
        assertThat(view.active()).isTrue();
        assertThat(view.createdAt()).isEqualTo(kam.createdAt());
        assertThat(view.updatedAt()).isEqualTo(fakes.clock().instant());
        assertThat(stored(kam).passwordHash()).isEqualTo(kam.passwordHash());
    }

    @Test
    void updateUser_ownEmailAndUsernameSentAgain_areNotDuplicates() {
        // given: kam exists with these very values

        UserView view = service.updateUser(patch(ada, kam).email("KAM@example.com").username("Kam").command());

        assertThat(view.email()).isEqualTo("kam@example.com");
        assertThat(view.username()).isEqualTo("Kam");
    }

    @Test
    void updateUser_emailOfAnotherUser_isAFieldErrorAndChangesNothing() {
        // given: ada's e-mail is taken

        InvalidInputException error = invalid(patch(ada, kam).email("ada@example.com").firstName("Karim"));

        assertThat(error.fieldErrors()).containsOnlyKeys("email");
        assertThat(stored(kam).email().value()).isEqualTo("kam@example.com");
        assertThat(stored(kam).firstName()).isEmpty();
    }

    @Test
    void updateUser_usernameOfAnotherUserInOtherCase_isAFieldError() {
        // given: ada's username is taken

        InvalidInputException error = invalid(patch(ada, kam).username("ADA"));

        assertThat(error.fieldErrors()).containsOnlyKeys("username");
    }

    @Test
    void updateUser_unknownRole_isAFieldErrorOnRole() {
        // given: no role named "auditor"

        InvalidInputException error = invalid(patch(ada, kam).role(RoleRef.byName("auditor")));

        assertThat(error.fieldErrors()).containsOnlyKeys("role");
        assertThat(stored(kam).roleId()).contains(seeded.salesPerson().id());
    }

    @Test
    void updateUser_unknownUser_isNotFound() {
        // given: no user 999

        // when / then
        assertThatThrownBy(() -> service.updateUser(new Patch(fakes.viewerOf(ada), 999).firstName("x").command()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void updateUser_adminEditsASuperAdmin_isRefusedAndChangesNothing() {
        // given: ada is an admin, boss a super_admin

        NotPermittedException error = refused(patch(ada, boss).firstName("Mallory"));

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_MANAGED_BY_SUPER_ADMIN);
        assertThat(stored(boss).firstName()).isEmpty();
    }

    @Test
    void updateUser_adminDeactivatesASuperAdmin_isRefused() {
        UUID session = fakes.givenSessionOf(boss);

        NotPermittedException error = refused(patch(ada, boss).active(false));

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_MANAGED_BY_SUPER_ADMIN);
        assertThat(stored(boss).isActive()).isTrue();
        assertThat(fakes.sessions().find(session).orElseThrow().revokedAt()).isEmpty();
    }

    @Test
    void updateUser_adminSetsASuperAdminsPassword_isRefused() {
        // given: ada is an admin

        NotPermittedException error = refused(patch(ada, boss).password("Blue-Lantern-42"));

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_MANAGED_BY_SUPER_ADMIN);
        assertThat(stored(boss).passwordHash()).isEqualTo(boss.passwordHash());
    }

    @Test
    void updateUser_adminGrantsTheSuperAdminRole_isRefused() {
        // given: ada is an admin

        NotPermittedException error = refused(patch(ada, kam).role(RoleRef.byName("super_admin")));

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_MANAGED_BY_SUPER_ADMIN);
        assertThat(stored(kam).roleId()).contains(seeded.salesPerson().id());
    }

    @Test
    void updateUser_superAdminGrantsTheSuperAdminRole_isApplied() {
        // given: boss is a super_admin

        UserView view = service.updateUser(patch(boss, kam).role(RoleRef.byName("super_admin")).command());

        assertThat(view.roleName()).isEqualTo("super_admin");
    }

    @Test
    void updateUser_roleWithPermissionsTheActorLacks_isRefused() {
        Role hr = fakes.givenRole(10, "hr", DataScope.ALL, "users:read", "users:update", "customers:read",
                "prospects:read", "bills:read", "dashboard:read");
        User hank = fakes.givenUser("hank@example.com", STRONG, hr);
        User vera = fakes.givenUser("vera@example.com", STRONG, seeded.viewer());

        NotPermittedException error = refused(patch(hank, vera).role(RoleRef.byName("sales_manager")));

        assertThat(error.refusal()).isEqualTo(Refusal.PERMISSIONS_NOT_HELD);
        assertThat(stored(vera).roleId()).contains(seeded.viewer().id());
    }

    @Test
    void updateUser_ownRole_isRefused() {
        // given: ada is an admin

        NotPermittedException error = refused(patch(ada, ada).role(RoleRef.byName("viewer")));

        assertThat(error.refusal()).isEqualTo(Refusal.OWN_ROLE);
        assertThat(stored(ada).roleId()).contains(seeded.admin().id());
    }

    @Test
    void updateUser_ownRoleRemoved_isRefused() {
        // given: ada is an admin

        NotPermittedException error = refused(patch(ada, ada).role(RoleRef.NONE));

        assertThat(error.refusal()).isEqualTo(Refusal.OWN_ROLE);
    }

    @Test
    void updateUser_roleRemoved_leavesTheUserWithoutRole() {
        // given: kam is a sales_person

        UserView view = service.updateUser(patch(ada, kam).role(RoleRef.NONE).command());

        assertThat(view.roleId()).isNull();
        assertThat(view.roleName()).isNull();
        assertThat(stored(kam).roleId()).isEmpty();
    }

    @Test
    void updateUser_ownRoleSentUnchangedWithOtherFields_isApplied() {
        // given: a form that sends every field back

        UserView view = service.updateUser(patch(ada, ada).role(RoleRef.byName("admin")).firstName("Ada").command());

        assertThat(view.firstName()).isEqualTo("Ada");
        assertThat(view.roleName()).isEqualTo("admin");
    }

    @Test
    void updateUser_deactivateSelf_isRefused() {
        // given: ada is an admin

        NotPermittedException error = refused(patch(ada, ada).active(false));

        assertThat(error.refusal()).isEqualTo(Refusal.OWN_ACCOUNT_DEACTIVATED);
        assertThat(stored(ada).isActive()).isTrue();
    }

    @Test
    void updateUser_deactivate_revokesEverySessionOfTheUserAndTellsEveryInstance() {
        UUID first = fakes.givenSessionOf(kam);
        UUID second = fakes.givenSessionOf(kam);
        UUID adas = fakes.givenSessionOf(ada);

        UserView view = service.updateUser(patch(ada, kam).active(false).command());

        assertThat(view.active()).isFalse();
        assertThat(fakes.sessions().find(first).orElseThrow().revokedReason()).contains("user deactivated");
        assertThat(fakes.sessions().find(second).orElseThrow().revokedAt()).isPresent();
        assertThat(fakes.sessions().find(adas).orElseThrow().revokedAt()).isEmpty();
        assertThat(fakes.events().all()).extracting(SecurityEvent::kind, SecurityEvent::userId, SecurityEvent::sessionId)
                .containsExactlyInAnyOrder(tuple(Kind.USER_CHANGED, kam.id(), null),
                        tuple(Kind.SESSION_REVOKED, kam.id(), first), tuple(Kind.SESSION_REVOKED, kam.id(), second));
        assertThat(state.resolve(new ResolveViewerQuery(kam.id(), first))).isEmpty();
        assertThat(state.resolve(new ResolveViewerQuery(ada.id(), adas))).isPresent();
    }

    @Test
    void updateUser_reactivate_makesTheUserActiveWithoutRevokingAnything() {
        User inactive = fakes.deactivate(kam);

        UserView view = service.updateUser(patch(ada, inactive).active(true).command());

        assertThat(view.active()).isTrue();
        assertThat(fakes.events().all()).extracting(SecurityEvent::kind).containsExactly(Kind.USER_CHANGED);
    }

    @Test
    void updateUser_adminSetsPassword_storesItsHashAndRevokesEverySessionOfTheUser() {
        UUID first = fakes.givenSessionOf(kam);
        UUID second = fakes.givenSessionOf(kam);

        service.updateUser(patch(ada, kam).password("Blue-Lantern-42").command());

        assertThat(fakes.hasher().matches("Blue-Lantern-42", stored(kam).passwordHash())).isTrue();
        assertThat(fakes.sessions().find(first).orElseThrow().revokedReason())
                .contains("password changed by an administrator");
        assertThat(fakes.sessions().find(second).orElseThrow().revokedAt()).isPresent();
        assertThat(fakes.events().all()).extracting(SecurityEvent::kind, SecurityEvent::sessionId)
                .containsExactlyInAnyOrder(tuple(Kind.USER_CHANGED, null), tuple(Kind.SESSION_REVOKED, first),
                        tuple(Kind.SESSION_REVOKED, second));
        assertThat(state.resolve(new ResolveViewerQuery(kam.id(), second))).isEmpty();
    }

    @Test
    void updateUser_weakPassword_isAFieldErrorNamingTheRuleAndRevokesNothing() {
        UUID session = fakes.givenSessionOf(kam);

        InvalidInputException error = invalid(patch(ada, kam).password("letmein1"));

        assertThat(error.fieldErrors().get("password")).containsExactly(Violation.of(Reason.PASSWORD_COMMON));
        assertThat(stored(kam).passwordHash()).isEqualTo(kam.passwordHash());
        assertThat(fakes.sessions().find(session).orElseThrow().revokedAt()).isEmpty();
        assertThat(fakes.events().all()).isEmpty();
    }

    @Test
    void updateUser_passwordContainingTheNewUsername_isAFieldError() {
        // given: the username changes in the same request

        InvalidInputException error = invalid(patch(ada, kam).username("marigold").password("Marigold-Blue-7"));

        assertThat(error.fieldErrors().get("password")).containsExactly(Violation.of(Reason.PASSWORD_LIKE_USERNAME));
    }

    @Test
    void updateUser_roleChange_reachesTheUsersNextRequestWithoutEndingTheirSessions() {
        UUID session = fakes.givenSessionOf(kam);
        ResolveViewerQuery claims = new ResolveViewerQuery(kam.id(), session);
        boolean couldCreateBillsBefore = state.resolve(claims).orElseThrow().can(PermissionCode.of("bills:create"));

        service.updateUser(patch(ada, kam).role(RoleRef.byName("viewer")).command());

        assertThat(couldCreateBillsBefore).isTrue();
        Viewer after = state.resolve(claims).orElseThrow();
        assertThat(after.roleName()).isEqualTo("viewer");
        assertThat(after.can(PermissionCode.of("bills:create"))).isFalse();
        assertThat(fakes.sessions().find(session).orElseThrow().revokedAt()).isEmpty();
    }

    @Test
    void updateUser_deactivateTheLastActiveSuperAdmin_isAConflictAndChangesNothing() {
        User root = givenSecondSuperAdmin();
        Viewer actor = superAdminWhoseAccountJustEnded();

        // when / then
        assertThatThrownBy(() -> service.updateUser(new Patch(actor, root.id()).active(false).command()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.LAST_SUPER_ADMIN));
        assertThat(stored(root).isActive()).isTrue();
    }

    @Test
    void updateUser_demoteTheLastActiveSuperAdmin_isAConflict() {
        User root = givenSecondSuperAdmin();
        Viewer actor = superAdminWhoseAccountJustEnded();

        // when / then
        assertThatThrownBy(() -> service.updateUser(new Patch(actor, root.id()).role(RoleRef.byName("admin")).command()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.LAST_SUPER_ADMIN));
        assertThat(stored(root).roleId()).contains(seeded.superAdmin().id());
    }

    @Test
    void updateUser_roleRemovedFromTheLastActiveSuperAdmin_isAConflict() {
        User root = givenSecondSuperAdmin();
        Viewer actor = superAdminWhoseAccountJustEnded();

        // when / then
        assertThatThrownBy(() -> service.updateUser(new Patch(actor, root.id()).role(RoleRef.NONE).command()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.LAST_SUPER_ADMIN));
        assertThat(stored(root).roleId()).contains(seeded.superAdmin().id());
    }

    @Test
    void updateUser_deactivateASuperAdminWhileAnotherIsActive_isApplied() {
        User root = givenSecondSuperAdmin();

        UserView view = service.updateUser(patch(boss, root).active(false).command());

        assertThat(view.active()).isFalse();
    }

    @Test
    void updateUser_demoteASuperAdminWhileAnotherIsActive_isApplied() {
        User root = givenSecondSuperAdmin();

        UserView view = service.updateUser(patch(boss, root).role(RoleRef.byName("admin")).command());

        assertThat(view.roleName()).isEqualTo("admin");
        assertThat(fakes.users().countActiveWithRole(seeded.superAdmin().id())).isOne();
    }

    @Test
    void updateUser_editNamesOfTheLastActiveSuperAdmin_isApplied() {
        User root = givenSecondSuperAdmin();
        Viewer actor = superAdminWhoseAccountJustEnded();

        UserView view = service.updateUser(new Patch(actor, root.id()).firstName("Rita").command());

        assertThat(view.firstName()).isEqualTo("Rita");
    }
}
