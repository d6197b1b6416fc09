package io.kamdesk.application.identity.port.in.session;

/** Exchanges a session's current refresh token for a new one (rotation). */
public interface RefreshSessionUseCase {

    /**
     * @throws io.kamdesk.domain.identity.AuthenticationFailedException when the session has ended,
     *     or when an already-used refresh token is presented (the session is then revoked)
     */
    SessionGrant refresh(RefreshSessionCommand command);
}
