package io.kamdesk.application.identity.port.in.session;

/** Ends the session a refresh token belongs to, with every token issued for it. */
public interface LogOutUseCase {

    void logOut(LogOutCommand command);
}
