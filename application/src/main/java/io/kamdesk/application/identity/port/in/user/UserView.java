package io.kamdesk.application.identity.port.in.user;

import java.time.Instant;

/** A user as the user-management screens show them; never carries the password hash. */
public record UserView(long id, String email, String username, String firstName, String lastName, Long roleId,
        String roleName, boolean active, Instant createdAt, Instant updatedAt) {
}
