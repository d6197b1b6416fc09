package io.kamdesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Violation;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final PermissionCode BILLS_READ = PermissionCode.of("bills:read");
    private static final PermissionCode BILLS_DELETE = PermissionCode.of("bills:delete");
    private static final PermissionCode USERS_READ = PermissionCode.of("users:read");
    private static final Set<PermissionCode> EVERY = Set.of(BILLS_READ, BILLS_DELETE, USERS_READ);

    private static Role custom() {
        return Role.restore(10, "auditor", "Reads bills", DataScope.ALL, false, false, Set.of(BILLS_READ), NOW, NOW);
    }

    private static Role builtinViewer() {
        return Role.restore(5, "viewer", "Reads", DataScope.ALL, false, true, Set.of(BILLS_READ), NOW, NOW);
    }

    private static Role superAdmin() {
        return Role.restore(1, Role.SUPER_ADMIN, "Everything", DataScope.ALL, true, true, Set.of(), NOW, NOW);
    }

    private static InvalidInputException invalid(Runnable action) {
        return catchThrowableOfType(InvalidInputException.class, action::run);
    }

    @Test
    void create_validInput_isACustomRoleNotYetStored() {
        // given: valid values

        Role role = Role.create(" key_accounts2 ", " Works on accounts ", DataScope.OWN, Set.of(BILLS_READ), NOW);

        assertThat(role.name()).isEqualTo("key_accounts2");
        assertThat(role.description()).isEqualTo("Works on accounts");
        assertThat(role.scope()).isEqualTo(DataScope.OWN);
        assertThat(role.permissions()).containsExactly(BILLS_READ);
        assertThat(role.isBuiltin()).isFalse();
        assertThat(role.holdsAllPermissions()).isFalse();
        assertThat(role.isStored()).isFalse();
        assertThat(role.createdAt()).isEqualTo(NOW);
        assertThat(role.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void create_nullDescription_isEmpty() {
        // given: no description

        Role role = Role.create("auditor", null, DataScope.ALL, Set.of(), NOW);

        assertThat(role.description()).isEmpty();
    }

    @Test
    void create_namesBreakingTheRule_areRefusedOnTheNameField() {
        // given: names are 1 to 64 lower-case letters, digits and underscores, starting with a letter

        for (String name : new String[] {"", "   ", null, "Auditor", "2nd_line", "_x", "key accounts", "key-accounts",
                "a".repeat(65)}) {
            InvalidInputException error = invalid(() -> Role.create(name, "", DataScope.ALL, Set.of(), NOW));

            assertThat(error.fieldErrors()).as("name %s", name).containsOnlyKeys("name");
        }
    }

    @Test
    void create_longestAllowedName_isAccepted() {
        // given: 64 characters

        Role role = Role.create("a".repeat(64), "", DataScope.ALL, Set.of(), NOW);

        assertThat(role.name()).hasSize(64);
    }

    @Test
    void create_descriptionOver500Characters_isRefused() {
        // given: 501 characters

        InvalidInputException error = invalid(() -> Role.create("auditor", "x".repeat(501), DataScope.ALL, Set.of(),
                NOW));

        assertThat(error.fieldErrors().get("description")).containsExactly(Violation.of(Reason.TOO_LONG, 500));
    }

    @Test
    void create_missingScopeAndPermissions_reportsEveryFieldAtOnce() {
        // given: a bad name too

        InvalidInputException error = invalid(() -> Role.create("Bad Name", "", null, null, NOW));

        assertThat(error.fieldErrors()).containsOnlyKeys("name", "dataScope", "permissions");
    }

    @Test
    void revise_customRole_changesEveryFieldAndTheUpdateTime() {
        // given: a custom role

        Role revised = custom().revise("bill_checker", "Checks", DataScope.OWN, Set.of(BILLS_READ, BILLS_DELETE),
                LATER);

        assertThat(revised.id()).isEqualTo(10);
        assertThat(revised.name()).isEqualTo("bill_checker");
        assertThat(revised.description()).isEqualTo("Checks");
        assertThat(revised.scope()).isEqualTo(DataScope.OWN);
        assertThat(revised.permissions()).containsExactlyInAnyOrder(BILLS_READ, BILLS_DELETE);
        assertThat(revised.createdAt()).isEqualTo(NOW);
        assertThat(revised.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void revise_badName_isRefused() {
        // given: a custom role

        InvalidInputException error = invalid(() -> custom().revise("Bill Checker", "", DataScope.ALL, Set.of(),
                LATER));

        assertThat(error.fieldErrors()).containsOnlyKeys("name");
    }

    @Test
    void revise_builtinRoleRenamed_isRefused() {
        // given: a built-in role

        InvalidInputException error = invalid(() -> builtinViewer().revise("reader", "Reads", DataScope.ALL,
                Set.of(BILLS_READ), LATER));

        assertThat(error.fieldErrors().get("name")).containsExactly(Violation.of(Reason.BUILTIN_ROLE_RENAMED));
    }

    @Test
    void revise_builtinRoleKeepingItsName_mayChangeEverythingElse() {
        // given: a built-in role

        Role revised = builtinViewer().revise("viewer", "Reads more", DataScope.OWN, Set.of(BILLS_READ, USERS_READ),
                LATER);

        assertThat(revised.isBuiltin()).isTrue();
        assertThat(revised.scope()).isEqualTo(DataScope.OWN);
        assertThat(revised.permissions()).containsExactlyInAnyOrder(BILLS_READ, USERS_READ);
    }

    @Test
    void revise_superAdminRole_isRefusedAsFixed() {
        // given: the super_admin role

        // when / then
        assertThatThrownBy(() -> superAdmin().revise(Role.SUPER_ADMIN, "Everything", DataScope.ALL, Set.of(), LATER))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.SUPER_ADMIN_ROLE_FIXED));
    }

    @Test
    void requireDeletable_customRole_passes() {
        // given: a custom role

        // when / then
        assertThatCode(() -> custom().requireDeletable()).doesNotThrowAnyException();
    }

    @Test
    void requireDeletable_builtinRole_isRefused() {
        // given: a built-in role

        // when / then
        assertThatThrownBy(() -> builtinViewer().requireDeletable())
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.BUILTIN_ROLE_KEPT));
    }

    @Test
    void effectivePermissions_ordinaryRole_isItsStoredSet() {
        // given: a role holding bills:read

        Set<PermissionCode> effective = custom().effectivePermissions(EVERY);

        assertThat(effective).containsExactly(BILLS_READ);
    }

    @Test
    void effectivePermissions_superAdmin_isEveryPermissionThatExistsIncludingNewOnes() {
        PermissionCode added = PermissionCode.of("reports:read");

        Set<PermissionCode> effective = superAdmin().effectivePermissions(Set.of(BILLS_READ, USERS_READ, added));

        assertThat(effective).containsExactlyInAnyOrder(BILLS_READ, USERS_READ, added);
    }

    @Test
    void deactivate_ordinaryRole_grantsNothingButKeepsWhatItCouldGive() {
        Role role = custom();

        Role inactive = role.deactivate(LATER);

        assertThat(inactive.isActive()).isFalse();
        assertThat(inactive.effectivePermissions(EVERY)).isEmpty();
        assertThat(inactive.grantablePermissions(EVERY)).containsExactly(BILLS_READ);
        assertThat(inactive.updatedAt()).isEqualTo(LATER);
        assertThat(role.isActive()).isTrue();
    }

    @Test
    void activate_inactiveRole_grantsItsPermissionsAgain() {
        Role inactive = custom().deactivate(LATER);

        Role active = inactive.activate(LATER);

        assertThat(active.isActive()).isTrue();
        assertThat(active.effectivePermissions(EVERY)).containsExactly(BILLS_READ);
    }

    @Test
    void deactivate_superAdmin_isRefused() {
        // when / then
        assertThatThrownBy(() -> superAdmin().deactivate(LATER))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.SUPER_ADMIN_ROLE_ALWAYS_ACTIVE));
    }

    @Test
    void isSuperAdmin_byName_isTrueOnlyForSuperAdmin() {
        // given: the super_admin role and another

        boolean superAdmin = superAdmin().isSuperAdmin();
        boolean other = custom().isSuperAdmin();

        assertThat(superAdmin).isTrue();
        assertThat(other).isFalse();
    }

    @Test
    void permissions_returned_cannotChangeTheRole() {
        Role role = custom();

        // when / then
        assertThatThrownBy(() -> role.permissions().add(BILLS_DELETE)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(role.permissions()).containsExactly(BILLS_READ);
    }

    @Test
    void id_unstoredRole_isAnError() {
        Role role = Role.create("auditor", "", DataScope.ALL, Set.of(), NOW);

        // when / then
        assertThatThrownBy(role::id).isInstanceOf(IllegalStateException.class);
        assertThat(role.withId(12).id()).isEqualTo(12);
    }
}
