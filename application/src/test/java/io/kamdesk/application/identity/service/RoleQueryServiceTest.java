package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.identity.port.in.role.ListRolesUseCase;
import io.kamdesk.application.identity.port.in.role.PermissionView;
import io.kamdesk.application.identity.port.in.role.RoleView;
import io.kamdesk.application.identity.testing.IdentityFakes.SeededRoles;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.shared.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleQueryServiceTest {

    private static final String STRONG = "Correct-Horse-9";

    private final IdentityFakes fakes = new IdentityFakes();
    private final SeededRoles seeded = fakes.givenSeededRoles();
    private final ListRolesUseCase service = new RoleQueryService(fakes.roles(), fakes.permissions());

    private RoleView roleNamed(List<RoleView> roles, String name) {
        return roles.stream().filter(role -> role.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listRoles_seeded_answersTheFiveRolesByIdWithScopeAndBuiltinFlag() {
        // given: the seeded roles

        List<RoleView> roles = service.listRoles();

        assertThat(roles).extracting(RoleView::name)
                .containsExactly("super_admin", "admin", "sales_manager", "sales_person", "viewer");
        assertThat(roles).extracting(RoleView::dataScope).containsExactly("all", "all", "all", "own", "all");
        assertThat(roles).allMatch(RoleView::builtin);
    }

    @Test
    void listRoles_superAdmin_listsEveryPermissionThatExistsInCodeOrder() {
        // given: the seeded catalogue of 26 permissions; super_admin stores none of them

        RoleView superAdmin = roleNamed(service.listRoles(), "super_admin");

        assertThat(superAdmin.permissionCodes()).hasSize(26).isSorted()
                .contains("users:delete", "roles:update", "bills:import", "prospects:convert", "dashboard:read");
    }

    @Test
    void listRoles_permissionAddedLater_isHeldBySuperAdminButNotByAdmin() {
        fakes.permissions().add("reports:read", "Read reports");

        List<RoleView> roles = service.listRoles();

        assertThat(roleNamed(roles, "super_admin").permissionCodes()).contains("reports:read");
        assertThat(roleNamed(roles, "admin").permissionCodes()).doesNotContain("reports:read").hasSize(26);
    }

    @Test
    void listRoles_ordinaryRole_listsItsStoredPermissionsSorted() {
        // given: the seeded viewer role

        RoleView viewer = roleNamed(service.listRoles(), "viewer");

        assertThat(viewer.permissionCodes())
                .containsExactly("bills:read", "customers:read", "dashboard:read", "prospects:read");
    }

    @Test
    void listRoles_salesPerson_listsTheSeededKamPermissions() {
        // given: the seeded sales_person role

        RoleView salesPerson = roleNamed(service.listRoles(), "sales_person");

        assertThat(salesPerson.permissionCodes()).hasSize(13)
                .contains("prospects:convert", "customers:export", "bills:export")
                .doesNotContain("customers:delete", "customers:import", "users:read");
    }

    @Test
    void listRoles_usersHoldingRoles_countsThemActiveOrNot() {
        fakes.givenUser("kam@example.com", STRONG, seeded.salesPerson());
        fakes.deactivate(fakes.givenUser("old@example.com", STRONG, seeded.salesPerson()));
        fakes.givenUser("ada@example.com", STRONG, seeded.admin());

        List<RoleView> roles = service.listRoles();

        assertThat(roles).extracting(RoleView::userCount).containsExactly(0L, 1L, 0L, 2L, 0L);
    }

    @Test
    void getRole_existing_answersItsEffectivePermissionsAndCount() {
        fakes.givenUser("boss@example.com", STRONG, seeded.superAdmin());

        RoleView view = service.getRole(seeded.superAdmin().id());

        assertThat(view.name()).isEqualTo("super_admin");
        assertThat(view.permissionCodes()).hasSize(26);
        assertThat(view.userCount()).isOne();
        assertThat(view.description()).contains("Everything");
    }

    @Test
    void getRole_customRole_isNotBuiltin() {
        var custom = fakes.givenRole(10, "auditor", DataScope.OWN, "bills:read");

        RoleView view = service.getRole(custom.id());

        assertThat(view.builtin()).isFalse();
        assertThat(view.dataScope()).isEqualTo("own");
        assertThat(view.permissionCodes()).containsExactly("bills:read");
    }

    @Test
    void getRole_permissions_areIdsAndCodesOfTheSamePermissionsInTheSameOrder() {
        var custom = fakes.givenRole(10, "auditor", DataScope.OWN, "customers:read", "bills:read");
        var catalogue = fakes.permissions().all();

        RoleView view = service.getRole(custom.id());

        assertThat(view.permissionCodes()).containsExactly("bills:read", "customers:read");
        assertThat(view.permissionIds()).containsExactly(
                catalogue.stream().filter(p -> p.code().equals("bills:read")).findFirst().orElseThrow().id(),
                catalogue.stream().filter(p -> p.code().equals("customers:read")).findFirst().orElseThrow().id());
    }

    @Test
    void getRole_unknown_isNotFound() {
        // given: no role 99

        // when / then
        assertThatThrownBy(() -> service.getRole(99)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listPermissions_seeded_answersTheCatalogueByCodeWithItsParts() {
        // given: the seeded catalogue

        List<PermissionView> permissions = service.listPermissions();

        assertThat(permissions).hasSize(26);
        assertThat(permissions).extracting(PermissionView::code).isSorted();
        PermissionView convert = permissions.stream().filter(p -> p.code().equals("prospects:convert")).findFirst()
                .orElseThrow();
        assertThat(convert.resource()).isEqualTo("prospects");
        assertThat(convert.action()).isEqualTo("convert");
        assertThat(convert.description()).isNotBlank();
    }
}
