package io.kamdesk.application.crm.port.in;

/** A user prospects and customers may be assigned to, as a KAM picker shows them. */
public record AssignableUserView(long id, String username, String email, String firstName, String lastName,
        String roleName) {
}
