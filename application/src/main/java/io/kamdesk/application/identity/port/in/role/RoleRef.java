package io.kamdesk.application.identity.port.in.role;

import java.util.Locale;

/**
 * A role named by id or by name, as clients send it ({@code "role": 2} or {@code "role":
 * "sales_person"}); {@link #NONE} stands for "no role".
 */
public record RoleRef(Long id, String name) {

    public static final RoleRef NONE = new RoleRef(null, null);

    public static RoleRef byId(long id) {
        return new RoleRef(id, null);
    }

    public static RoleRef byName(String name) {
        return new RoleRef(null, name.strip().toLowerCase(Locale.ROOT));
    }

    public boolean isNone() {
        return id == null && name == null;
    }

    @Override
    public String toString() {
        return isNone() ? "none" : id != null ? "#" + id : name;
    }
}
