package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.application.identity.port.in.role.CreateRoleCommand;
import io.kamdesk.application.identity.port.in.role.CreateRoleUseCase;
import io.kamdesk.application.identity.port.in.role.PermissionRef;
import io.kamdesk.application.identity.port.in.role.RoleView;
import io.kamdesk.application.identity.testing.IdentityFakes.SeededRoles;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateRoleServiceTest {

    private static final String STRONG = "Correct-Horse-9";

    private final IdentityFakes fakes = new IdentityFakes();
    private final SeededRoles seeded = fakes.givenSeededRoles();
    private final CreateRoleUseCase service = new CreateRoleService(fakes.roles(), fakes.permissions(),
            fakes.transactions(), fakes.clock());

    private final User ada = fakes.givenUser("ada@example.com", STRONG, seeded.admin());
    private final Role teamLead = fakes.givenRole(10, "team_lead", DataScope.ALL, "roles:read", "roles:create",
            "customers:read", "customers:update", "bills:read");
    private final User tess = fakes.givenUser("tess@example.com", STRONG, teamLead);

    private InvalidInputException invalid(Viewer actor, CreateRoleCommand draft) {
        return catchThrowableOfType(InvalidInputException.class, () -> service.createRole(actor, draft));
    }

    @Test
    void createRole_valid_storesItAndAnswersItsView() {
        var draft = CreateRoleCommand.withCodes("auditor", " Reads bills ", List.of("bills:read", "customers:read"), "own");

        RoleView view = service.createRole(fakes.viewerOf(ada), draft);

        assertThat(view.name()).isEqualTo("auditor");
        assertThat(view.description()).isEqualTo("Reads bills");
        assertThat(view.permissionCodes()).containsExactly("bills:read", "customers:read");
        assertThat(view.dataScope()).isEqualTo("own");
        assertThat(view.builtin()).isFalse();
        assertThat(view.userCount()).isZero();
        assertThat(view.createdAt()).isEqualTo(fakes.clock().instant());
        Role stored = fakes.roles().findById(view.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("auditor");
        assertThat(stored.scope()).isEqualTo(DataScope.OWN);
    }

    @Test
    void createRole_repeatedPermission_isStoredOnce() {
        var draft = CreateRoleCommand.withCodes("auditor", "", List.of("bills:read", "bills:read"), "all");

        RoleView view = service.createRole(fakes.viewerOf(ada), draft);

        assertThat(view.permissionCodes()).containsExactly("bills:read");
    }

    @Test
    void createRole_noPermissions_isAllowed() {
        var draft = CreateRoleCommand.withCodes("guest", "", List.of(), "own");

        RoleView view = service.createRole(fakes.viewerOf(ada), draft);

        assertThat(view.permissionCodes()).isEmpty();
    }

    @Test
    void createRole_nameOfAnExistingRole_isAFieldErrorAndStoresNothing() {
        int before = fakes.roles().all().size();

        InvalidInputException error = invalid(fakes.viewerOf(ada),
                CreateRoleCommand.withCodes("viewer", "", List.of("bills:read"), "all"));

        assertThat(error.fieldErrors()).containsOnlyKeys("name");
        assertThat(error.fieldErrors().get("name")).containsExactly(Violation.of(Reason.TAKEN, Subject.ROLE));
        assertThat(fakes.roles().all()).hasSize(before);
    }

    @Test
    void createRole_badName_isAFieldErrorNamingTheRule() {
        // given: names are lower-case letters, digits and underscores

        InvalidInputException error = invalid(fakes.viewerOf(ada),
                CreateRoleCommand.withCodes("Key Accounts", "", List.of("bills:read"), "all"));

        assertThat(error.reasons("name")).containsExactly(Reason.INVALID_ROLE_NAME);
    }

    @Test
    void createRole_unknownPermission_isAFieldErrorNamingIt() {
        // given: no permission "bills:approve"

        InvalidInputException error = invalid(fakes.viewerOf(ada),
                CreateRoleCommand.withCodes("auditor", "", List.of("bills:read", "bills:approve"), "all"));

        assertThat(error.fieldErrors()).containsOnlyKeys("permissions");
        assertThat(error.fieldErrors().get("permissions")).containsExactly(Violation.of(Reason.UNKNOWN_PERMISSION, "bills:approve"));
    }

    @Test
    void createRole_malformedPermission_isAFieldError() {
        // given: codes are resource:action

        InvalidInputException error = invalid(fakes.viewerOf(ada),
                CreateRoleCommand.withCodes("auditor", "", List.of("everything"), "all"));

        assertThat(error.fieldErrors().get("permissions"))
                .containsExactly(Violation.of(Reason.INVALID_PERMISSION_CODE, "everything"));
    }

    @Test
    void createRole_missingPermissions_areRequired() {
        // given: a draft without permissions

        InvalidInputException error = invalid(fakes.viewerOf(ada), CreateRoleCommand.withCodes("auditor", "", null, null));

        assertThat(error.fieldErrors()).containsOnlyKeys("permissions");
        assertThat(error.fieldErrors().get("permissions")).containsExactly(Violation.of(Reason.REQUIRED));
    }

    @Test
    void createRole_withoutScope_seesWhatItsCreatorSees() {
        // given: tess's role sees every record; an own-scope role manager sees only their own
        Role ownRoles = fakes.givenRole(11, "own_roles", DataScope.OWN, "roles:create", "bills:read");
        User otto = fakes.givenUser("otto@example.com", STRONG, ownRoles);

        RoleView byTess = service.createRole(fakes.viewerOf(tess),
                CreateRoleCommand.withCodes("reader_all", "", List.of("bills:read"), null));
        RoleView byOtto = service.createRole(fakes.viewerOf(otto),
                CreateRoleCommand.withCodes("reader_own", "", List.of("bills:read"), " "));

        assertThat(byTess.dataScope()).isEqualTo("all");
        assertThat(byOtto.dataScope()).isEqualTo("own");
    }

    @Test
    void createRole_permissionsByIdAndByCode_areOneSet() {
        long billsRead = fakes.permissions().all().stream().filter(p -> p.code().equals("bills:read"))
                .findFirst().orElseThrow().id();
        var draft = new CreateRoleCommand("mixed", "", List.of(PermissionRef.byId(billsRead),
                PermissionRef.byCode("customers:read"), PermissionRef.byCode("bills:read")), "all", null);

        RoleView view = service.createRole(fakes.viewerOf(ada), draft);

        assertThat(view.permissionCodes()).containsExactly("bills:read", "customers:read");
        assertThat(view.permissionIds()).hasSize(2).contains(billsRead);
        assertThat(view.active()).isTrue();
    }

    @Test
    void createRole_unknownPermissionId_isAFieldErrorNamingIt() {
        var draft = new CreateRoleCommand("auditor", "", List.of(PermissionRef.byId(9_999)), "all", null);

        InvalidInputException error = invalid(fakes.viewerOf(ada), draft);

        assertThat(error.fieldErrors().get("permissions")).containsExactly(Violation.of(Reason.UNKNOWN_PERMISSION, 9999L));
    }

    @Test
    void createRole_inactive_isStoredInactiveAndGrantsNothing() {
        var draft = new CreateRoleCommand("dormant", "", List.of(PermissionRef.byCode("bills:read")), "all", false);

        RoleView view = service.createRole(fakes.viewerOf(ada), draft);

        assertThat(view.active()).isFalse();
        assertThat(view.permissionCodes()).containsExactly("bills:read");
        Role stored = fakes.roles().findById(view.id()).orElseThrow();
        assertThat(stored.effectivePermissions(fakes.permissions().allCodes())).isEmpty();
    }

    @Test
    void createRole_unknownScope_isAFieldErrorNamingTheChoices() {
        // given: scopes are all and own

        InvalidInputException error = invalid(fakes.viewerOf(ada),
                CreateRoleCommand.withCodes("auditor", "", List.of("bills:read"), "team"));

        assertThat(error.fieldErrors().get("dataScope")).containsExactly(Violation.of(Reason.INVALID_DATA_SCOPE, "team"));
    }

    @Test
    void createRole_permissionsTheActorLacks_isRefusedNamingThemAndStoresNothing() {
        // given: tess holds customers:read/update and bills:read, not bills:delete or users:read

        NotPermittedException error = catchThrowableOfType(NotPermittedException.class,
                () -> service.createRole(fakes.viewerOf(tess),
                        CreateRoleCommand.withCodes("cleaner", "", List.of("bills:read", "bills:delete", "users:read"), "all")));

        assertThat(error.refusal()).isEqualTo(Refusal.PERMISSIONS_NOT_HELD);
        assertThat(error.arguments()).containsExactly(List.of("bills:delete", "users:read"));
        assertThat(fakes.roles().findByName("cleaner")).isEmpty();
    }

    @Test
    void createRole_permissionsTheActorHolds_isCreated() {
        // given: tess holds customers:read/update and bills:read

        RoleView view = service.createRole(fakes.viewerOf(tess),
                CreateRoleCommand.withCodes("helper", "", List.of("customers:read", "bills:read"), "all"));

        assertThat(view.permissionCodes()).containsExactly("bills:read", "customers:read");
    }

    @Test
    void createRole_bySuperAdmin_mayGrantAPermissionAddedLater() {
        fakes.permissions().add("reports:read", "Read reports");
        User boss = fakes.givenUser("boss@example.com", STRONG, seeded.superAdmin());

        RoleView view = service.createRole(fakes.viewerOf(boss),
                CreateRoleCommand.withCodes("reporter", "", List.of("reports:read"), "all"));

        assertThat(view.permissionCodes()).containsExactly("reports:read");
    }
}
