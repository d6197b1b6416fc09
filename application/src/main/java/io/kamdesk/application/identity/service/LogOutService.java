package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.session.LogOutCommand;
import io.kamdesk.application.identity.port.in.session.LogOutUseCase;
import io.kamdesk.domain.identity.Session;
import io.kamdesk.domain.identity.SessionEndedException;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Refusal;

/** Revokes the session of a refresh token; logging out twice is not an error. */
public final class LogOutService implements LogOutUseCase {

    private final SessionRevoker revoker;

    public LogOutService(SessionRevoker revoker) {
        this.revoker = revoker;
    }

    @Override
    public void logOut(LogOutCommand command) {
        revoker.revoke(command.sessionId(), "logout", (Session session) -> {
            if (session.userId() != command.viewer().userId()) {
                throw new NotPermittedException(Refusal.SESSION_OF_ANOTHER_USER);
            }
        }, SessionEndedException::new);
    }
}
