package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.application.identity.port.in.CreateRoleUseCase;
import io.kamdesk.application.identity.port.in.RoleDraft;
import io.kamdesk.application.identity.port.in.RoleView;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.application.identity.testing.IdentityFakes.SeededRoles;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotPermittedException;
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

    private InvalidInputException invalid(Viewer actor, RoleDraft draft) {
        return catchThrowableOfType(InvalidInputException.class, () -> service.createRole(actor, draft));
    }

    @Test
    void createRole_valid_storesItAndAnswersItsView() {
        var draft = new RoleDraft("auditor", " Reads bills ", List.of("bills:read", "customers:read"), "own");

        RoleView view = service.createRole(fakes.viewerOf(ada), draft);

        assertThat(view.name()).isEqualTo("auditor");
        assertThat(view.description()).isEqualTo("Reads bills");
        assertThat(view.permissions()).containsExactly("bills:read", "customers:read");
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
        var draft = new RoleDraft("auditor", "", List.of("bills:read", "bills:read"), "all");

        RoleView view = service.createRole(fakes.viewerOf(ada), draft);

        assertThat(view.permissions()).containsExactly("bills:read");
    }

    @Test
    void createRole_noPermissions_isAllowed() {
        var draft = new RoleDraft("guest", "", List.of(), "own");

        RoleView view = service.createRole(fakes.viewerOf(ada), draft);

        assertThat(view.permissions()).isEmpty();
    }

    @Test
    void createRole_nameOfAnExistingRole_isAFieldErrorAndStoresNothing() {
        int before = fakes.roles().all().size();

        InvalidInputException error = invalid(fakes.viewerOf(ada),
                new RoleDraft("viewer", "", List.of("bills:read"), "all"));

        assertThat(error.fieldErrors()).containsOnlyKeys("name");
        assertThat(error.fieldErrors().get("name")).containsExactly("A role with this name already exists.");
        assertThat(fakes.roles().all()).hasSize(before);
    }

    @Test
    void createRole_badName_isAFieldErrorNamingTheRule() {
        // given: names are lower-case letters, digits and underscores

        InvalidInputException error = invalid(fakes.viewerOf(ada),
                new RoleDraft("Key Accounts", "", List.of("bills:read"), "all"));

        assertThat(error.fieldErrors().get("name").getFirst()).contains("lower-case letters, digits and underscores");
    }

    @Test
    void createRole_unknownPermission_isAFieldErrorNamingIt() {
        // given: no permission "bills:approve"

        InvalidInputException error = invalid(fakes.viewerOf(ada),
                new RoleDraft("auditor", "", List.of("bills:read", "bills:approve"), "all"));

        assertThat(error.fieldErrors()).containsOnlyKeys("permissions");
        assertThat(error.fieldErrors().get("permissions")).containsExactly("Unknown permission \"bills:approve\".");
    }

    @Test
    void createRole_malformedPermission_isAFieldError() {
        // given: codes are resource:action

        InvalidInputException error = invalid(fakes.viewerOf(ada),
                new RoleDraft("auditor", "", List.of("everything"), "all"));

        assertThat(error.fieldErrors().get("permissions").getFirst()).contains("resource:action");
    }

    @Test
    void createRole_missingPermissionsAndScope_areRequired() {
        // given: a draft without permissions and scope

        InvalidInputException error = invalid(fakes.viewerOf(ada), new RoleDraft("auditor", "", null, null));

        assertThat(error.fieldErrors().get("permissions")).containsExactly("This field is required.");
        assertThat(error.fieldErrors().get("dataScope")).containsExactly("This field is required.");
    }

    @Test
    void createRole_unknownScope_isAFieldErrorNamingTheChoices() {
        // given: scopes are all and own

        InvalidInputException error = invalid(fakes.viewerOf(ada),
                new RoleDraft("auditor", "", List.of("bills:read"), "team"));

        assertThat(error.fieldErrors().get("dataScope").getFirst()).contains("all or own");
    }

    @Test
    void createRole_permissionsTheActorLacks_isRefusedNamingThemAndStoresNothing() {
        // given: tess holds customers:read/update and bills:read, not bills:delete or users:read

        NotPermittedException error = catchThrowableOfType(NotPermittedException.class,
                () -> service.createRole(fakes.viewerOf(tess),
                        new RoleDraft("cleaner", "", List.of("bills:read", "bills:delete", "users:read"), "all")));

        assertThat(error.code()).isEqualTo("permission_escalation");
        assertThat(error.getMessage()).contains("bills:delete, users:read").doesNotContain("bills:read");
        assertThat(fakes.roles().findByName("cleaner")).isEmpty();
    }

    @Test
    void createRole_permissionsTheActorHolds_isCreated() {
        // given: tess holds customers:read/update and bills:read

        RoleView view = service.createRole(fakes.viewerOf(tess),
                new RoleDraft("helper", "", List.of("customers:read", "bills:read"), "all"));

        assertThat(view.permissions()).containsExactly("bills:read", "customers:read");
    }

    @Test
    void createRole_bySuperAdmin_mayGrantAPermissionAddedLater() {
        fakes.permissions().add("reports:read", "Read reports");
        User boss = fakes.givenUser("boss@example.com", STRONG, seeded.superAdmin());

        RoleView view = service.createRole(fakes.viewerOf(boss),
                new RoleDraft("reporter", "", List.of("reports:read"), "all"));

        assertThat(view.permissions()).containsExactly("reports:read");
    }
}
