package io.kamdesk.domain.identity;

/** The session was logged out, revoked or has expired. */
public class SessionEndedException extends AuthenticationFailedException {

    public SessionEndedException() {
        super("token_not_valid", "Token is invalid or expired");
    }
}
