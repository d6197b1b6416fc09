package io.kamdesk.application.identity.testing;

import io.kamdesk.application.identity.port.in.role.PermissionView;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.domain.identity.PermissionCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The permissions the schema seeds, with the same ids (in seeding order) and descriptions. Tests
 * that need a permission added later (one super_admin must hold at once) can {@link #add} it.
 */
public final class InMemoryPermissionCatalog implements PermissionCatalog {

    private static final Map<String, String> SEEDED = seeded();

    private final List<PermissionView> permissions = new ArrayList<>();

    /** The catalogue as the schema seeds it. */
    public InMemoryPermissionCatalog() {
        SEEDED.forEach(this::add);
    }

    /** Every seeded code, as the schema has them. */
    public static Set<PermissionCode> seededCodes() {
        Set<PermissionCode> codes = new TreeSet<>();
        SEEDED.keySet().forEach(code -> codes.add(PermissionCode.of(code)));
        return Set.copyOf(codes);
    }

    @Override
    public synchronized List<PermissionView> all() {
        return permissions.stream().sorted(Comparator.comparing(PermissionView::code)).toList();
    }

    @Override
    public synchronized Set<PermissionCode> allCodes() {
        Set<PermissionCode> codes = new TreeSet<>();
        permissions.forEach(permission -> codes.add(PermissionCode.of(permission.code())));
        return Set.copyOf(codes);
    }

    /** Test set-up: a permission added after the seed (a migration adding a resource, say). */
    public synchronized PermissionView add(String code, String description) {
        PermissionCode parsed = PermissionCode.of(code);
        if (permissions.stream().anyMatch(permission -> permission.code().equals(code))) {
            throw new IllegalStateException("duplicate permission " + code);
        }
        PermissionView added = new PermissionView(permissions.size() + 1L, parsed.value(), parsed.resource(),
                parsed.action(), description);
        permissions.add(added);
        return added;
    }

    private static Map<String, String> seeded() {
        Map<String, String> seed = new LinkedHashMap<>();
        seed.put("users:read", "List and read users");
        seed.put("users:create", "Create and register users");
        seed.put("users:update", "Edit users, set passwords, assign roles");
        seed.put("users:delete", "Delete users");
        seed.put("roles:read", "List and read roles and permissions");
        seed.put("roles:create", "Create roles");
        seed.put("roles:update", "Edit roles");
        seed.put("roles:delete", "Delete roles");
        seed.put("customers:read", "List and read customers");
        seed.put("customers:create", "Create customers");
        seed.put("customers:update", "Edit customers");
        seed.put("customers:delete", "Delete customers");
        seed.put("customers:import", "Import customers from CSV/XLSX");
        seed.put("customers:export", "Export customers to CSV/XLSX");
        seed.put("prospects:read", "List and read prospects");
        seed.put("prospects:create", "Create prospects");
        seed.put("prospects:update", "Edit prospects");
        seed.put("prospects:delete", "Delete prospects");
        seed.put("prospects:convert", "Convert prospects into customers");
        seed.put("bills:read", "List and read bills");
        seed.put("bills:create", "Create bills");
        seed.put("bills:update", "Edit bills");
        seed.put("bills:delete", "Delete bills");
        seed.put("bills:import", "Import bills from CSV/XLSX");
        seed.put("bills:export", "Export bills to CSV/XLSX");
        seed.put("dashboard:read", "Read the dashboard");
        return seed;
    }
}
