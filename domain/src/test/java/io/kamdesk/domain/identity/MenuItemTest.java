package io.kamdesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MenuItemTest {

    private static final PermissionCode USERS_READ = PermissionCode.of("users:read");

    private static final MenuItem USERS = new MenuItem(7, 6L, "users", "Users", "/admin/users", "person", 1,
            USERS_READ);

    @Test
    void isVisibleTo_viewerHoldingThePermission_isTrue() {
        Viewer admin = new Viewer(1, "ada", Role.ADMIN, Set.of(USERS_READ), DataScope.ALL);

        boolean visible = USERS.isVisibleTo(admin);

        assertThat(visible).isTrue();
    }

    @Test
    void isVisibleTo_viewerWithoutThePermission_isFalse() {
        Viewer reader = new Viewer(2, "vera", "viewer", Set.of(PermissionCode.of("users:update"),
                PermissionCode.of("bills:read")), DataScope.ALL);

        boolean visible = USERS.isVisibleTo(reader);

        assertThat(visible).isFalse();
    }

    @Test
    void new_withoutPermission_isRefused() {
        // given: every item needs a permission

        // when / then
        assertThatThrownBy(() -> new MenuItem(1, null, "dashboard", "Dashboard", "/dashboard", "dashboard", 1, null))
                .isInstanceOf(NullPointerException.class);
    }
}
