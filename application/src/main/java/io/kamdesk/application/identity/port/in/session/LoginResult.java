package io.kamdesk.application.identity.port.in.session;

/** A successful login: who logged in and the session the tokens will belong to. */
public record LoginResult(UserSummary user, SessionGrant grant) {
}
