package io.kamdesk.application.identity.port.in.role;

/** One permission of the catalogue. */
public record PermissionView(long id, String code, String resource, String action, String description) {
}
