package io.kamdesk.domain.identity;

import io.kamdesk.domain.shared.DomainException;

/** The caller could not be identified: bad credentials, or a token that is no longer good. */
public class AuthenticationFailedException extends DomainException {

    public AuthenticationFailedException(String code, String message) {
        super(code, message);
    }

    /** The one answer for an unknown e-mail, a wrong password and an inactive account alike. */
    public static AuthenticationFailedException invalidCredentials() {
        return new AuthenticationFailedException("no_active_account",
                "No active account found with the given credentials");
    }
}
