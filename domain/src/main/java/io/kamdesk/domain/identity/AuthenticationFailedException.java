package io.kamdesk.domain.identity;

import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.Refusal;

/** The caller could not be identified: bad credentials, or a token that is no longer good. */
public class AuthenticationFailedException extends DomainException {

    protected AuthenticationFailedException(Refusal refusal) {
        super(refusal);
    }

    /** The one answer for an unknown e-mail, a wrong password and an inactive account alike. */
    public static AuthenticationFailedException invalidCredentials() {
        return new AuthenticationFailedException(Refusal.NO_ACTIVE_ACCOUNT);
    }

    /** A token that is malformed, forged, expired or revoked. */
    public static AuthenticationFailedException tokenNotValid() {
        return new AuthenticationFailedException(Refusal.TOKEN_NOT_VALID);
    }
}
