package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.application.identity.port.in.role.PermissionRef;
import io.kamdesk.application.identity.port.in.role.RoleView;
import io.kamdesk.application.identity.port.in.role.UpdateRoleCommand;
import io.kamdesk.application.identity.port.in.role.UpdateRoleUseCase;
import io.kamdesk.application.identity.port.in.session.ResolveViewerQuery;
import io.kamdesk.application.identity.port.out.SecurityEvent.Kind;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.testing.IdentityFakes.SeededRoles;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UpdateRoleServiceTest {

    private static final String STRONG = "Correct-Horse-9";

    private final IdentityFakes fakes = new IdentityFakes();
    private final SeededRoles seeded = fakes.givenSeededRoles();
    private final SecurityState state = new SecurityState(fakes.events(), fakes.viewers(), fakes.sessions(), SessionSettings.standard());
    private final SessionRevoker revoker = new SessionRevoker(fakes.sessions(), fakes.events(), state, fakes.audit(),
            fakes.transactions(), fakes.clock());
    private final UpdateRoleUseCase service = new UpdateRoleService(fakes.roles(), fakes.users(), fakes.permissions(),
            revoker, fakes.transactions(), fakes.clock());

    private final User boss = fakes.givenUser("boss@example.com", STRONG, seeded.superAdmin());
    private final User ada = fakes.givenUser("ada@example.com", STRONG, seeded.admin());
    private final Role auditor = fakes.givenRole(10, "auditor", DataScope.ALL, "bills:read", "bills:delete",
            "customers:read");
    private final Role teamLead = fakes.givenRole(11, "team_lead", DataScope.ALL, "roles:read", "roles:update",
            "customers:read", "customers:update", "bills:read");
    private final User tess = fakes.givenUser("tess@example.com", STRONG, teamLead);

    private final Role helper = fakes.givenRole(12, "helper", DataScope.ALL, "customers:read", "bills:read");

    private static UpdateRoleCommand nothing() {
        return new UpdateRoleCommand(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static UpdateRoleCommand name(String name) {
        return new UpdateRoleCommand(Optional.of(name), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static UpdateRoleCommand permissions(String... codes) {
        return new UpdateRoleCommand(Optional.empty(), Optional.empty(), Optional.of(codes(codes)), Optional.empty(),
                Optional.empty());
    }

    private static UpdateRoleCommand scope(String scope) {
        return new UpdateRoleCommand(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(scope),
                Optional.empty());
    }

    private static UpdateRoleCommand active(boolean active) {
        return new UpdateRoleCommand(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(active));
    }

    private static List<PermissionRef> codes(String... codes) {
        return java.util.Arrays.stream(codes).map(PermissionRef::byCode).toList();
    }

    private Role stored(Role role) {
        return fakes.roles().findById(role.id()).orElseThrow();
    }

    private NotPermittedException refused(Viewer actor, Role role, UpdateRoleCommand changes) {
        return catchThrowableOfType(NotPermittedException.class, () -> service.updateRole(actor, role.id(), changes));
    }

    @Test
    void updateRole_everyField_isSavedAndAnswered() {
        fakes.clock().advance(Duration.ofHours(1));
        var changes = new UpdateRoleCommand(Optional.of("bill_auditor"), Optional.of("Checks bills"),
                Optional.of(codes("bills:read", "customers:read", "dashboard:read")), Optional.of("own"),
                Optional.empty());

        RoleView view = service.updateRole(fakes.viewerOf(ada), auditor.id(), changes);

        assertThat(view.name()).isEqualTo("bill_auditor");
        assertThat(view.description()).isEqualTo("Checks bills");
        assertThat(view.permissionCodes()).containsExactly("bills:read", "customers:read", "dashboard:read");
        assertThat(view.dataScope()).isEqualTo("own");
        assertThat(view.updatedAt()).isEqualTo(fakes.clock().instant());
        Role saved = stored(auditor);
        assertThat(saved.name()).isEqualTo("bill_auditor");
        assertThat(saved.scope()).isEqualTo(DataScope.OWN);
        assertThat(saved.permissions()).extracting(PermissionCode::value)
                .containsExactlyInAnyOrder("bills:read", "customers:read", "dashboard:read");
    }

    @Test
    void updateRole_absentFields_stayAsTheyWere() {
        // given: auditor holds three permissions, scope all

        RoleView view = service.updateRole(fakes.viewerOf(ada), auditor.id(), nothing());

        assertThat(view.name()).isEqualTo("auditor");
        assertThat(view.description()).isEqualTo("auditor role");
        assertThat(view.permissionCodes()).containsExactly("bills:delete", "bills:read", "customers:read");
        assertThat(view.dataScope()).isEqualTo("all");
    }

    @Test
    void updateRole_any_publishesRolesChanged() {
        // given: an admin

        service.updateRole(fakes.viewerOf(ada), auditor.id(), permissions("bills:read"));

        assertThat(fakes.events().all()).extracting(SecurityEvent::kind).containsExactly(Kind.ROLES_CHANGED);
    }

    @Test
    void updateRole_permissionTakenAway_isLostByItsHoldersOnTheirNextRequest() {
        User audrey = fakes.givenUser("audrey@example.com", STRONG, auditor);
        UUID session = fakes.givenSessionOf(audrey);
        ResolveViewerQuery claims = new ResolveViewerQuery(audrey.id(), session);
        boolean couldDeleteBefore = state.resolve(claims).orElseThrow().can(PermissionCode.of("bills:delete"));

        service.updateRole(fakes.viewerOf(ada), auditor.id(), permissions("bills:read", "customers:read"));

        assertThat(couldDeleteBefore).isTrue();
        assertThat(state.resolve(claims).orElseThrow().can(PermissionCode.of("bills:delete"))).isFalse();
    }

    @Test
    void updateRole_builtinRoleRenamed_isAFieldErrorAndKeepsTheName() {
        // given: viewer is built in; boss, a super_admin, may change it

        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> service.updateRole(fakes.viewerOf(boss), seeded.viewer().id(), name("reader")));

        assertThat(error.fieldErrors().get("name")).containsExactly(Violation.of(Reason.BUILTIN_ROLE_RENAMED));
        assertThat(stored(seeded.viewer()).name()).isEqualTo("viewer");
        assertThat(fakes.events().all()).isEmpty();
    }

    @Test
    void updateRole_builtinRolePermissionsBySuperAdmin_areChanged() {
        // given: viewer is built in and reads four things

        RoleView view = service.updateRole(fakes.viewerOf(boss), seeded.viewer().id(),
                permissions("customers:read", "customers:export"));

        assertThat(view.name()).isEqualTo("viewer");
        assertThat(view.permissionCodes()).containsExactly("customers:export", "customers:read");
    }

    @Test
    void updateRole_builtinRoleByAnAdmin_isRefusedAndKeepsItsPermissions() {
        // given: ada, an admin, holds every permission the admin role gives, but is no super_admin

        NotPermittedException error = refused(fakes.viewerOf(ada), seeded.admin(), permissions());

        assertThat(error.refusal()).isEqualTo(Refusal.BUILTIN_ROLE_CHANGED_BY_SUPER_ADMIN);
        assertThat(stored(seeded.admin()).permissions()).isNotEmpty();
        assertThat(fakes.events().all()).isEmpty();
    }

    @Test
    void updateRole_deactivated_grantsNothingToItsHoldersUntilActivatedAgain() {
        User hal = fakes.givenUser("hal@example.com", STRONG, helper);
        ResolveViewerQuery claims = new ResolveViewerQuery(hal.id(), fakes.givenSessionOf(hal));

        RoleView inactive = service.updateRole(fakes.viewerOf(ada), helper.id(), active(false));
        Viewer whileInactive = state.resolve(claims).orElseThrow();
        RoleView activeAgain = service.updateRole(fakes.viewerOf(ada), helper.id(), active(true));

        assertThat(inactive.active()).isFalse();
        assertThat(inactive.permissionCodes()).containsExactly("bills:read", "customers:read");
        assertThat(whileInactive.permissions()).isEmpty();
        assertThat(activeAgain.active()).isTrue();
        assertThat(state.resolve(claims).orElseThrow().can(PermissionCode.of("bills:read"))).isTrue();
    }

    @Test
    void updateRole_superAdminDeactivatedBySuperAdmin_isRefused() {
        NotPermittedException error = refused(fakes.viewerOf(boss), seeded.superAdmin(), active(false));

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_ROLE_FIXED);
        assertThat(stored(seeded.superAdmin()).isActive()).isTrue();
    }

    @Test
    void updateRole_byAnOwnScopeRoleManager_ofARoleSeeingEverything_isRefused() {
        // given: a role manager whose own role sees only their records; helper sees every record
        Role ownManager = fakes.givenRole(13, "own_manager", DataScope.OWN, "roles:update", "customers:read",
                "bills:read");
        User otto = fakes.givenUser("otto@example.com", STRONG, ownManager);

        NotPermittedException error = refused(fakes.viewerOf(otto), helper, permissions());

        assertThat(error.refusal()).isEqualTo(Refusal.ROLE_ALLOWS_MORE);
        assertThat(stored(helper).permissions()).hasSize(2);
    }

    @Test
    void updateRole_superAdminRoleByAnAdmin_isRefused() {
        // given: ada is an admin

        NotPermittedException error = refused(fakes.viewerOf(ada), seeded.superAdmin(), scope("own"));

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_ROLE_CHANGED_BY_SUPER_ADMIN);
        assertThat(stored(seeded.superAdmin()).scope()).isEqualTo(DataScope.ALL);
    }

    @Test
    void updateRole_superAdminRoleByASuperAdmin_isRefusedAsFixed() {
        // given: boss is a super_admin

        NotPermittedException error = refused(fakes.viewerOf(boss), seeded.superAdmin(), permissions("bills:read"));

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_ROLE_FIXED);
        assertThat(stored(seeded.superAdmin()).holdsAllPermissions()).isTrue();
        assertThat(fakes.events().all()).isEmpty();
    }

    @Test
    void updateRole_addingPermissionsTheActorLacks_isRefusedNamingThem() {
        // given: tess holds bills:read and customers:read/update, not dashboard:read; helper gives less than she holds

        NotPermittedException error = refused(fakes.viewerOf(tess), helper,
                permissions("bills:read", "customers:read", "dashboard:read"));

        assertThat(error.refusal()).isEqualTo(Refusal.PERMISSIONS_NOT_HELD);
        assertThat(error.arguments()).containsExactly(List.of("dashboard:read"));
        assertThat(stored(helper).permissions()).extracting(PermissionCode::value)
                .doesNotContain("dashboard:read");
    }

    @Test
    void updateRole_removingPermissionsOfARoleTheActorCouldGive_isAllowed() {
        // given: tess holds everything helper gives

        RoleView view = service.updateRole(fakes.viewerOf(tess), helper.id(), permissions("bills:read"));

        assertThat(view.permissionCodes()).containsExactly("bills:read");
    }

    @Test
    void updateRole_anyFieldOfARoleGivingMoreThanTheActorHolds_isRefused() {
        // given: tess does not hold bills:delete, which auditor gives
        var changes = new UpdateRoleCommand(Optional.empty(), Optional.of("Reads and purges bills"), Optional.empty(),
                Optional.empty(), Optional.empty());

        NotPermittedException error = refused(fakes.viewerOf(tess), auditor, changes);

        assertThat(error.refusal()).isEqualTo(Refusal.ROLE_ALLOWS_MORE);
        assertThat(stored(auditor).description()).isEqualTo("auditor role");
        assertThat(stored(auditor).permissions()).hasSize(3);
    }

    @Test
    void updateRole_renamedToAnExistingName_isAFieldError() {
        // given: team_lead exists

        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> service.updateRole(fakes.viewerOf(ada), auditor.id(), name("team_lead")));

        assertThat(error.fieldErrors().get("name")).containsExactly(Violation.of(Reason.TAKEN, Subject.ROLE));
        assertThat(stored(auditor).name()).isEqualTo("auditor");
    }

    @Test
    void updateRole_unknownPermission_isAFieldError() {
        // given: no permission bills:approve

        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> service.updateRole(fakes.viewerOf(ada), auditor.id(), permissions("bills:approve")));

        assertThat(error.fieldErrors()).containsOnlyKeys("permissions");
    }

    @Test
    void updateRole_unknownScope_isAFieldError() {
        // given: scopes are all and own

        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> service.updateRole(fakes.viewerOf(ada), auditor.id(), scope("some")));

        assertThat(error.fieldErrors()).containsOnlyKeys("dataScope");
    }

    @Test
    void updateRole_unknownRole_isNotFound() {
        // given: no role 99

        // when / then
        assertThatThrownBy(() -> service.updateRole(fakes.viewerOf(ada), 99, nothing()))
                .isInstanceOf(NotFoundException.class);
    }
}
