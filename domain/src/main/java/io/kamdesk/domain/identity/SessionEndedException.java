package io.kamdesk.domain.identity;

import io.kamdesk.domain.shared.Refusal;

/** The session was logged out, revoked or has expired. */
public class SessionEndedException extends AuthenticationFailedException {

    public SessionEndedException() {
        super(Refusal.TOKEN_NOT_VALID);
    }
}
