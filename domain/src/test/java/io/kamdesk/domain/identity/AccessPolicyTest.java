package io.kamdesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Refusal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final Set<PermissionCode> EVERY = codes("users:read", "users:update", "roles:update", "bills:read",
            "bills:delete");

    private static final Role SUPER_ADMIN = Role.restore(1, Role.SUPER_ADMIN, "", DataScope.ALL, true, true, Set.of());
    private static final Role ADMIN = Role.restore(2, Role.ADMIN, "", DataScope.ALL, false, true, EVERY);
    private static final Role READER = Role.restore(5, "reader", "", DataScope.ALL, false, false, codes("bills:read"));

    private static final Viewer SUPER = new Viewer(1, "boss", Role.SUPER_ADMIN, EVERY, DataScope.ALL);
    private static final Viewer ADA = new Viewer(2, "ada", Role.ADMIN, EVERY, DataScope.ALL);
    private static final Viewer HANK = new Viewer(3, "hank", "hr", codes("users:read", "users:update", "bills:read"),
            DataScope.ALL);

    private static Set<PermissionCode> codes(String... values) {
        return Stream.of(values).map(PermissionCode::of).collect(Collectors.toSet());
    }

    private static NotPermittedException refused(Runnable action) {
        return catchThrowableOfType(NotPermittedException.class, action::run);
    }

    @Test
    void requireMayManageUserWith_adminOnASuperAdmin_isRefused() {
        // given: ada is an admin

        NotPermittedException error = refused(() -> AccessPolicy.requireMayManageUserWith(ADA, SUPER_ADMIN));

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_MANAGED_BY_SUPER_ADMIN);
    }

    @Test
    void requireMayManageUserWith_superAdminOnASuperAdmin_passes() {
        // given: boss is a super_admin

        // when / then
        assertThatCode(() -> AccessPolicy.requireMayManageUserWith(SUPER, SUPER_ADMIN)).doesNotThrowAnyException();
    }

    @Test
    void requireMayManageUserWith_adminOnOtherRolesOrNone_passes() {
        // given: ada is an admin

        // when / then
        assertThatCode(() -> {
            AccessPolicy.requireMayManageUserWith(ADA, READER);
            AccessPolicy.requireMayManageUserWith(ADA, ADMIN);
            AccessPolicy.requireMayManageUserWith(ADA, null);
        }).doesNotThrowAnyException();
    }

    @Test
    void requireMayGrant_superAdminRoleByAnAdmin_isRefusedEvenHoldingEveryPermission() {
        // given: ada holds every permission

        NotPermittedException error = refused(() -> AccessPolicy.requireMayGrant(ADA, SUPER_ADMIN, EVERY));

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_GRANTED_BY_SUPER_ADMIN);
    }

    @Test
    void requireMayGrant_superAdminRoleByASuperAdmin_passes() {
        // given: boss is a super_admin

        // when / then
        assertThatCode(() -> AccessPolicy.requireMayGrant(SUPER, SUPER_ADMIN, EVERY)).doesNotThrowAnyException();
    }

    @Test
    void requireMayGrant_roleWithPermissionsTheActorLacks_isRefusedNamingThemInOrder() {
        // given: hank lacks roles:update and bills:delete

        NotPermittedException error = refused(() -> AccessPolicy.requireMayGrant(HANK, ADMIN, EVERY));

        assertThat(error.refusal()).isEqualTo(Refusal.PERMISSIONS_NOT_HELD);
        assertThat(error.arguments()).containsExactly(List.of("bills:delete", "roles:update"));
    }

    @Test
    void requireMayGrant_roleWithinTheActorsPermissions_passes() {
        // given: hank holds bills:read

        // when / then
        assertThatCode(() -> AccessPolicy.requireMayGrant(HANK, READER, READER.permissions()))
                .doesNotThrowAnyException();
    }

    @Test
    void requireHoldsAll_emptySet_passes() {
        Viewer nobody = new Viewer(9, "nobody", null, Set.of(), DataScope.OWN);

        // when / then
        assertThatCode(() -> AccessPolicy.requireHoldsAll(nobody, Set.of())).doesNotThrowAnyException();
    }

    @Test
    void requireHoldsAll_onePermissionMissing_isRefused() {
        // given: hank lacks bills:delete

        NotPermittedException error = refused(() -> AccessPolicy.requireHoldsAll(HANK, codes("bills:read",
                "bills:delete")));

        assertThat(error.refusal()).isEqualTo(Refusal.PERMISSIONS_NOT_HELD);
        assertThat(error.arguments()).containsExactly(List.of("bills:delete"));
    }

    @Test
    void requireMayChangeRole_superAdminRoleByAnAdmin_isRefused() {
        // given: ada is an admin

        NotPermittedException error = refused(() -> AccessPolicy.requireMayChangeRole(ADA, SUPER_ADMIN, EVERY));

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_ROLE_CHANGED_BY_SUPER_ADMIN);
    }

    @Test
    void requireMayChangeRole_builtinRoleByAnAdmin_isRefused() {
        // given: ada is an admin holding everything the admin role gives

        NotPermittedException error = refused(() -> AccessPolicy.requireMayChangeRole(ADA, ADMIN, EVERY));

        assertThat(error.refusal()).isEqualTo(Refusal.BUILTIN_ROLE_CHANGED_BY_SUPER_ADMIN);
    }

    @Test
    void requireMayChangeRole_roleGivingAPermissionTheActorLacks_isRefused() {
        // given: hank holds users:read/update and bills:read, not bills:delete
        Role cleaner = Role.restore(6, "cleaner", "", DataScope.ALL, false, false, codes("bills:read", "bills:delete"));

        NotPermittedException error = refused(() -> AccessPolicy.requireMayChangeRole(HANK, cleaner,
                cleaner.grantablePermissions(EVERY)));

        assertThat(error.refusal()).isEqualTo(Refusal.ROLE_ALLOWS_MORE);
    }

    @Test
    void requireMayChangeRole_roleSeeingEverythingByAnOwnScopeActor_isRefused() {
        // given: a role manager who sees only their own records, holding everything the role gives
        Viewer own = new Viewer(4, "olga", "own_manager", codes("roles:update", "bills:read"), DataScope.OWN);

        NotPermittedException error = refused(() -> AccessPolicy.requireMayChangeRole(own, READER,
                READER.grantablePermissions(EVERY)));

        assertThat(error.refusal()).isEqualTo(Refusal.ROLE_ALLOWS_MORE);
    }

    @Test
    void requireMayChangeRole_customRoleWithinTheActorsPowersOrAnyRoleByASuperAdmin_passes() {
        // given: ada is an admin, boss a super_admin

        // when / then
        assertThatCode(() -> {
            AccessPolicy.requireMayChangeRole(ADA, READER, READER.grantablePermissions(EVERY));
            AccessPolicy.requireMayChangeRole(SUPER, SUPER_ADMIN, EVERY);
            AccessPolicy.requireMayChangeRole(SUPER, ADMIN, EVERY);
        }).doesNotThrowAnyException();
    }

    @Test
    void requireNotOwnRoleChange_ownRoleChanging_isRefused() {
        // given: boss acts on himself

        NotPermittedException error = refused(() -> AccessPolicy.requireNotOwnRoleChange(SUPER, SUPER.userId(), true));

        assertThat(error.refusal()).isEqualTo(Refusal.OWN_ROLE);
    }

    @Test
    void requireNotOwnRoleChange_ownRoleUnchangedOrAnotherUsersRole_passes() {
        // given: ada

        // when / then
        assertThatCode(() -> {
            AccessPolicy.requireNotOwnRoleChange(ADA, ADA.userId(), false);
            AccessPolicy.requireNotOwnRoleChange(ADA, HANK.userId(), true);
        }).doesNotThrowAnyException();
    }
}
