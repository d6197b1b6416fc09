package io.kamdesk.application.identity.port.in.user;

/** The caller as {@code /api/users/me/} shows them; {@code roleName} is null without a role. */
public record CurrentUserView(long id, String email, String username, String roleName) {
}
