package io.kamdesk.application.identity.port.in.role;

/** A permission named by its id or by its code ({@code resource:action}), as a role's writer sent it. */
public record PermissionRef(Long id, String code) {

    public PermissionRef {
        if ((id == null) == (code == null)) {
            throw new IllegalArgumentException("a permission is named by its id or by its code, not both");
        }
    }

    public static PermissionRef byId(long id) {
        return new PermissionRef(id, null);
    }

    public static PermissionRef byCode(String code) {
        return new PermissionRef(null, code);
    }
}
