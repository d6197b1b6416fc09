package io.kamdesk.adapter.out.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.identity.port.in.role.PermissionView;
import io.kamdesk.application.identity.port.out.MenuRepository;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.domain.identity.MenuItem;
import io.kamdesk.domain.identity.PermissionCode;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The seeded permission catalogue and navigation menu. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class PermissionCatalogAndMenuIT {

    @Autowired
    PermissionCatalog permissions;
    @Autowired
    MenuRepository menu;

    @Test
    void all_seededCatalogue_isOrderedByCodeAndSplitIntoResourceAndAction() {
        List<PermissionView> all = permissions.all();

        assertThat(all).extracting(PermissionView::code).isSortedAccordingTo(Comparator.naturalOrder())
                .contains("bills:export", "customers:import", "dashboard:read", "prospects:convert", "roles:delete",
                        "users:read");
        assertThat(all).allSatisfy(view -> {
            assertThat(view.id()).isPositive();
            assertThat(view.code()).isEqualTo(view.resource() + ":" + view.action());
        });
        assertThat(all).filteredOn(view -> view.code().equals("bills:read")).singleElement()
                .satisfies(view -> {
                    assertThat(view.resource()).isEqualTo("bills");
                    assertThat(view.action()).isEqualTo("read");
                    assertThat(view.description()).isEqualTo("List and read bills");
                });
    }

    @Test
    void allCodes_seededCatalogue_matchesTheFullList() {
        List<PermissionView> all = permissions.all();

        assertThat(permissions.allCodes())
                .isEqualTo(all.stream().map(view -> PermissionCode.of(view.code())).collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(26);
    }

    @Test
    void all_seededMenu_hasTheTopLevelItemsInOrderAndAdminChildren() {
        List<MenuItem> items = menu.all();

        List<MenuItem> top = items.stream().filter(item -> item.parentId() == null).toList();
        MenuItem admin = top.getLast();
        assertThat(items).hasSize(9);
        assertThat(top).extracting(MenuItem::slug)
                .containsExactly("dashboard", "customers", "prospects", "bills", "reports", "admin");
        assertThat(top).extracting(MenuItem::order).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(items).filteredOn(item -> item.parentId() != null)
                .allMatch(item -> item.parentId() == admin.id())
                .extracting(MenuItem::slug, MenuItem::path, MenuItem::order, item -> item.permission().value())
                .containsExactly(
                        tuple("users", "/admin/users", 1, "users:read"),
                        tuple("roles", "/admin/roles", 2, "roles:read"),
                        tuple("activity-logs", "/admin/activity-logs", 3, "logs:read"));
    }

    @Test
    void all_seededMenu_givesEachItemItsPathIconAndPermission() {
        List<MenuItem> items = menu.all();

        assertThat(items).extracting(MenuItem::slug, MenuItem::path, MenuItem::icon, item -> item.permission().value())
                .contains(
                        tuple("dashboard", "/dashboard", "dashboard", "dashboard:read"),
                        tuple("customers", "/customers", "people", "customers:read"),
                        tuple("prospects", "/prospects", "person_search",
                                "prospects:read"),
                        tuple("bills", "/bills", "receipt", "bills:read"),
                        tuple("reports", "/reports", "bar_chart", "dashboard:read"),
                        tuple("admin", "/admin", "admin_panel_settings", "users:read"));
        assertThat(items).allSatisfy(item -> assertThat(item.title()).isNotBlank());
    }
}
