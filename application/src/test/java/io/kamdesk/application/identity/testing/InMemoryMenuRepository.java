package io.kamdesk.application.identity.testing;

import io.kamdesk.application.identity.port.out.MenuRepository;
import io.kamdesk.domain.identity.MenuItem;
import io.kamdesk.domain.identity.PermissionCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeded navigation: dashboard, customers, prospects, bills, reports, and admin with its
 * children users and roles; each item needs the permission the schema gives it. Tests may add items
 * or start from an empty menu.
 */
public final class InMemoryMenuRepository implements MenuRepository {

    public static final long DASHBOARD = 1;
    public static final long CUSTOMERS = 2;
    public static final long PROSPECTS = 3;
    public static final long BILLS = 4;
    public static final long REPORTS = 5;
    public static final long ADMIN = 6;
    public static final long USERS = 7;
    public static final long ROLES = 8;

    private final List<MenuItem> items = new ArrayList<>();

    /** The seeded menu. */
    public InMemoryMenuRepository() {
        add(new MenuItem(DASHBOARD, null, "dashboard", "Dashboard", "/dashboard", "dashboard", 1,
                PermissionCode.of("dashboard:read")));
        add(new MenuItem(CUSTOMERS, null, "customers", "Customers", "/customers", "people", 2,
                PermissionCode.of("customers:read")));
        add(new MenuItem(PROSPECTS, null, "prospects", "Prospects", "/prospects", "person_search", 3,
                PermissionCode.of("prospects:read")));
        add(new MenuItem(BILLS, null, "bills", "Bills", "/bills", "receipt", 4, PermissionCode.of("bills:read")));
        add(new MenuItem(REPORTS, null, "reports", "Reports", "/reports", "assessment", 5,
                PermissionCode.of("dashboard:read")));
        add(new MenuItem(ADMIN, null, "admin", "Admin", "/admin", "admin_panel_settings", 6,
                PermissionCode.of("users:read")));
        add(new MenuItem(USERS, ADMIN, "users", "Users", "/admin/users", "person", 1,
                PermissionCode.of("users:read")));
        add(new MenuItem(ROLES, ADMIN, "roles", "Roles", "/admin/roles", "security", 2,
                PermissionCode.of("roles:read")));
    }

    /** A menu holding exactly these items (in the order given, which need not be the display order). */
    public static InMemoryMenuRepository of(MenuItem... items) {
        InMemoryMenuRepository menu = new InMemoryMenuRepository();
        menu.items.clear();
        for (MenuItem item : items) {
            menu.add(item);
        }
        return menu;
    }

    @Override
    public synchronized List<MenuItem> all() {
        return List.copyOf(items);
    }

    /** Test set-up: one more item; ids are unique and a child's parent must exist, as in the schema. */
    public synchronized void add(MenuItem item) {
        if (items.stream().anyMatch(other -> other.id() == item.id())) {
            throw new IllegalStateException("duplicate menu item id " + item.id());
        }
        if (item.parentId() != null && items.stream().noneMatch(other -> other.id() == item.parentId())) {
            throw new IllegalStateException("menu item " + item.id() + " has no parent " + item.parentId());
        }
        items.add(item);
    }
}
