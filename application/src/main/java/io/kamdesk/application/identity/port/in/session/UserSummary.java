package io.kamdesk.application.identity.port.in.session;

/** The short form of a user that login and register answer with. */
public record UserSummary(long id, String email, String username) {
}
