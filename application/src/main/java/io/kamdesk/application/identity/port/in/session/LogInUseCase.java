package io.kamdesk.application.identity.port.in.session;

/** Opens a session for an e-mail and password. */
public interface LogInUseCase {

    /**
     * @throws io.kamdesk.domain.identity.AuthenticationFailedException for any wrong credential
     * @throws io.kamdesk.domain.identity.LoginThrottledException after too many failures
     */
    LoginResult logIn(LogInCommand command);
}
