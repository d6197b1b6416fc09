package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.identity.port.in.menu.GetMenuUseCase;
import io.kamdesk.application.identity.port.in.menu.MenuItemView;
import io.kamdesk.application.identity.testing.IdentityFakes.SeededRoles;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.application.identity.testing.InMemoryMenuRepository;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.MenuItem;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MenuQueryServiceTest {

    private static final String STRONG = "Correct-Horse-9";

    private final IdentityFakes fakes = new IdentityFakes();
    private final SeededRoles seeded = fakes.givenSeededRoles();
    private final GetMenuUseCase service = new MenuQueryService(fakes.menu());

    private Viewer viewerWith(Role role) {
        User user = fakes.givenUser(role.name() + "@example.com", STRONG, role);
        return fakes.viewerOf(user);
    }

    private static List<String> slugs(List<MenuItemView> items) {
        return items.stream().map(MenuItemView::slug).toList();
    }

    private static MenuItemView item(List<MenuItemView> items, String slug) {
        return items.stream().filter(item -> item.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static Viewer holding(String... permissions) {
        Set<PermissionCode> codes = Stream.of(permissions).map(PermissionCode::of).collect(Collectors.toSet());
        return new Viewer(7, "someone", "custom", codes, DataScope.ALL);
    }

    @Test
    void menuFor_admin_showsEveryItemInOrderWithTheAdminChildren() {
        // given: the seeded menu

        List<MenuItemView> menu = service.menuFor(viewerWith(seeded.admin()));

        assertThat(slugs(menu)).containsExactly("dashboard", "customers", "prospects", "bills", "reports", "admin");
        assertThat(slugs(item(menu, "admin").children())).containsExactly("users", "roles");
        assertThat(item(menu, "dashboard").children()).isEmpty();
    }

    @Test
    void menuFor_superAdmin_showsEveryItem() {
        // given: the seeded menu

        List<MenuItemView> menu = service.menuFor(viewerWith(seeded.superAdmin()));

        assertThat(menu).hasSize(6);
        assertThat(item(menu, "admin").children()).hasSize(2);
    }

    @Test
    void menuFor_viewer_showsOnlyItemsItMayRead() {
        // given: viewer reads customers, prospects, bills and the dashboard, not users

        List<MenuItemView> menu = service.menuFor(viewerWith(seeded.viewer()));

        assertThat(slugs(menu)).containsExactly("dashboard", "customers", "prospects", "bills", "reports");
    }

    @Test
    void menuFor_salesPerson_hasNoAdminSection() {
        // given: sales_person holds no users: or roles: permission

        List<MenuItemView> menu = service.menuFor(viewerWith(seeded.salesPerson()));

        assertThat(slugs(menu)).doesNotContain("admin", "users", "roles");
    }

    @Test
    void menuFor_usersReadWithoutRolesRead_showsAdminWithTheUsersChildOnly() {
        // given: a role reading users but not roles

        List<MenuItemView> menu = service.menuFor(holding("users:read"));

        assertThat(slugs(menu)).containsExactly("admin");
        assertThat(slugs(menu.getFirst().children())).containsExactly("users");
    }

    @Test
    void menuFor_rolesReadWithoutUsersRead_hidesTheAdminParentAndSoItsChildren() {
        // given: a role reading roles but not users

        List<MenuItemView> menu = service.menuFor(holding("roles:read", "bills:read"));

        assertThat(slugs(menu)).containsExactly("bills");
    }

    @Test
    void menuFor_noPermissions_isEmpty() {
        // given: a user without role

        List<MenuItemView> menu = service.menuFor(fakes.viewerOf(fakes.givenUser("temp@example.com", STRONG)));

        assertThat(menu).isEmpty();
    }

    @Test
    void menuFor_itemsStoredOutOfOrder_areOrderedByOrderThenId() {
        PermissionCode read = PermissionCode.of("bills:read");
        var menu = InMemoryMenuRepository.of(
                new MenuItem(1, null, "late", "Late", "/late", "x", 9, read),
                new MenuItem(2, null, "tie_b", "Tie B", "/b", "x", 2, read),
                new MenuItem(3, null, "early", "Early", "/early", "x", 1, read),
                new MenuItem(4, 2L, "child_second", "Second", "/b/2", "x", 2, read),
                new MenuItem(5, 2L, "child_first", "First", "/b/1", "x", 1, read),
                new MenuItem(6, null, "tie_a", "Tie A", "/a", "x", 2, read));

        List<MenuItemView> items = new MenuQueryService(menu).menuFor(holding("bills:read"));

        assertThat(slugs(items)).containsExactly("early", "tie_b", "tie_a", "late");
        assertThat(slugs(item(items, "tie_b").children())).containsExactly("child_first", "child_second");
    }

    @Test
    void menuFor_anyItem_answersItsFieldsAsStored() {
        // given: the seeded dashboard item

        List<MenuItemView> menu = service.menuFor(viewerWith(seeded.viewer()));

        assertThat(menu.getFirst()).isEqualTo(new MenuItemView(InMemoryMenuRepository.DASHBOARD, "dashboard",
                "Dashboard", "/dashboard", "dashboard", 1, List.of()));
    }
}
