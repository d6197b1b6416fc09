package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.kamdesk.application.identity.port.in.session.ResolveViewerQuery;
import io.kamdesk.application.identity.port.in.user.AssignRoleUseCase;
import io.kamdesk.application.identity.port.out.SecurityEvent.Kind;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.testing.IdentityFakes.SeededRoles;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssignRoleServiceTest {

    private static final String STRONG = "Correct-Horse-9";

    private final IdentityFakes fakes = new IdentityFakes();
    private final SeededRoles seeded = fakes.givenSeededRoles();
    private final SecurityState state = new SecurityState(fakes.events(), fakes.viewers(), fakes.sessions(), SessionSettings.standard());
    private final SessionRevoker revoker = new SessionRevoker(fakes.sessions(), fakes.events(), state, fakes.audit(),
            fakes.transactions(), fakes.clock());
    private final AssignRoleUseCase service = new AssignRoleService(fakes.users(), fakes.roles(), fakes.permissions(),
            revoker, fakes.transactions(), fakes.clock());

    private final User boss = fakes.givenUser("boss@example.com", STRONG, seeded.superAdmin());
    private final User ada = fakes.givenUser("ada@example.com", STRONG, seeded.admin());
    private final User kam = fakes.givenUser("kam@example.com", STRONG, seeded.salesPerson());

    private Optional<Long> roleIdOf(User user) {
        return fakes.users().findById(user.id()).orElseThrow().roleId();
    }

    private NotPermittedException refused(Viewer actor, User target, String roleName) {
        return catchThrowableOfType(NotPermittedException.class,
                () -> service.assignRole(actor, target.id(), roleName));
    }

    @Test
    void assignRole_byName_givesTheRoleAndTellsEveryInstance() {
        // given: kam is a sales_person

        service.assignRole(fakes.viewerOf(ada), kam.id(), "sales_manager");

        assertThat(roleIdOf(kam)).contains(seeded.salesManager().id());
        assertThat(fakes.events().all()).extracting(SecurityEvent::kind, SecurityEvent::userId)
                .containsExactly(tuple(Kind.USER_CHANGED, kam.id()));
    }

    @Test
    void assignRole_nameInOtherCaseWithSpaces_findsTheRole() {
        // given: the seeded viewer role

        service.assignRole(fakes.viewerOf(ada), kam.id(), "  Viewer ");

        assertThat(roleIdOf(kam)).contains(seeded.viewer().id());
    }

    @Test
    void assignRole_newRole_changesWhatTheUserMayDoOnTheirNextRequest() {
        UUID session = fakes.givenSessionOf(kam);
        ResolveViewerQuery claims = new ResolveViewerQuery(kam.id(), session);
        DataScope before = state.resolve(claims).orElseThrow().scope();

        service.assignRole(fakes.viewerOf(ada), kam.id(), "sales_manager");

        assertThat(before).isEqualTo(DataScope.OWN);
        assertThat(state.resolve(claims).orElseThrow().scope()).isEqualTo(DataScope.ALL);
        assertThat(fakes.sessions().find(session).orElseThrow().revokedAt()).isEmpty();
    }

    @Test
    void assignRole_roleTheUserAlreadyHolds_changesNothing() {
        var updatedBefore = fakes.users().findById(kam.id()).orElseThrow().updatedAt();
        fakes.clock().advance(Duration.ofMinutes(5));

        service.assignRole(fakes.viewerOf(ada), kam.id(), "sales_person");

        assertThat(fakes.users().findById(kam.id()).orElseThrow().updatedAt()).isEqualTo(updatedBefore);
        assertThat(fakes.events().all()).isEmpty();
    }

    @Test
    void assignRole_unknownRole_isNotFound() {
        // given: no role named "auditor"

        // when / then
        assertThatThrownBy(() -> service.assignRole(fakes.viewerOf(ada), kam.id(), "auditor"))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.arguments()).containsExactly(Subject.ROLE, "auditor"));
        assertThat(roleIdOf(kam)).contains(seeded.salesPerson().id());
    }

    @Test
    void assignRole_unknownUser_isNotFound() {
        // given: no user 999

        // when / then
        assertThatThrownBy(() -> service.assignRole(fakes.viewerOf(ada), 999, "viewer"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void assignRole_toSelf_isRefused() {
        // given: ada is an admin

        NotPermittedException error = refused(fakes.viewerOf(ada), ada, "viewer");

        assertThat(error.refusal()).isEqualTo(Refusal.OWN_ROLE);
        assertThat(roleIdOf(ada)).contains(seeded.admin().id());
    }

    @Test
    void assignRole_superAdminToSelfAnotherRole_isRefused() {
        // given: boss is a super_admin

        NotPermittedException error = refused(fakes.viewerOf(boss), boss, "admin");

        assertThat(error.refusal()).isEqualTo(Refusal.OWN_ROLE);
        assertThat(roleIdOf(boss)).contains(seeded.superAdmin().id());
    }

    @Test
    void assignRole_adminGrantsSuperAdmin_isRefused() {
        // given: ada is an admin

        NotPermittedException error = refused(fakes.viewerOf(ada), kam, "super_admin");

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_MANAGED_BY_SUPER_ADMIN);
        assertThat(roleIdOf(kam)).contains(seeded.salesPerson().id());
    }

    @Test
    void assignRole_adminChangesTheRoleOfASuperAdmin_isRefused() {
        // given: boss is a super_admin

        NotPermittedException error = refused(fakes.viewerOf(ada), boss, "viewer");

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_MANAGED_BY_SUPER_ADMIN);
        assertThat(roleIdOf(boss)).contains(seeded.superAdmin().id());
    }

    @Test
    void assignRole_superAdminGrantsSuperAdmin_isApplied() {
        // given: boss is a super_admin

        service.assignRole(fakes.viewerOf(boss), kam.id(), "super_admin");

        assertThat(roleIdOf(kam)).contains(seeded.superAdmin().id());
    }

    @Test
    void assignRole_roleWithPermissionsTheActorLacks_isRefused() {
        Role hr = fakes.givenRole(10, "hr", DataScope.ALL, "users:read", "users:update", "customers:read",
                "prospects:read", "bills:read", "dashboard:read");
        User hank = fakes.givenUser("hank@example.com", STRONG, hr);

        NotPermittedException error = refused(fakes.viewerOf(hank), kam, "admin");

        assertThat(error.refusal()).isEqualTo(Refusal.USER_ALLOWS_MORE);
        assertThat(roleIdOf(kam)).contains(seeded.salesPerson().id());
    }

    @Test
    void assignRole_roleWithinTheActorsPermissions_isApplied() {
        Role hr = fakes.givenRole(10, "hr", DataScope.ALL, "users:read", "users:update", "customers:read",
                "customers:create", "customers:update", "customers:export", "prospects:read", "prospects:create",
                "prospects:update", "prospects:convert", "bills:read", "bills:create", "bills:update", "bills:export",
                "dashboard:read");
        User hank = fakes.givenUser("hank@example.com", STRONG, hr);

        service.assignRole(fakes.viewerOf(hank), kam.id(), "viewer");

        assertThat(roleIdOf(kam)).contains(seeded.viewer().id());
    }

    @Test
    void assignRole_targetHoldingMoreThanTheActor_isRefused() {
        Role hr = fakes.givenRole(10, "hr", DataScope.ALL, "users:read", "users:update", "customers:read",
                "prospects:read", "bills:read", "dashboard:read");
        User hank = fakes.givenUser("hank@example.com", STRONG, hr);

        NotPermittedException error = refused(fakes.viewerOf(hank), kam, "viewer");

        assertThat(error.refusal()).isEqualTo(Refusal.USER_ALLOWS_MORE);
        assertThat(roleIdOf(kam)).contains(seeded.salesPerson().id());
    }

    @Test
    void assignRole_byAnOwnScopeActor_cannotGrantARoleThatSeesEverything() {
        Role lead = fakes.givenRole(11, "team_lead", DataScope.OWN, "users:read", "users:update", "customers:read",
                "prospects:read", "bills:read", "dashboard:read");
        User lena = fakes.givenUser("lena@example.com", STRONG, lead);
        User newcomer = fakes.givenUser("newcomer@example.com", STRONG);

        NotPermittedException error = refused(fakes.viewerOf(lena), newcomer, "viewer");

        assertThat(error.refusal()).isEqualTo(Refusal.SCOPE_ESCALATION);
    }

    @Test
    void assignRole_demoteTheLastActiveSuperAdmin_isAConflict() {
        User root = fakes.givenUser("root@example.com", STRONG, seeded.superAdmin());
        Viewer actor = fakes.viewerOf(boss);
        fakes.deactivate(boss);

        // when / then
        assertThatThrownBy(() -> service.assignRole(actor, root.id(), "admin"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.LAST_SUPER_ADMIN));
        assertThat(roleIdOf(root)).contains(seeded.superAdmin().id());
    }

    @Test
    void assignRole_demoteASuperAdminWhileAnotherIsActive_isApplied() {
        User root = fakes.givenUser("root@example.com", STRONG, seeded.superAdmin());

        service.assignRole(fakes.viewerOf(boss), root.id(), "admin");

        assertThat(roleIdOf(root)).contains(seeded.admin().id());
    }
}
