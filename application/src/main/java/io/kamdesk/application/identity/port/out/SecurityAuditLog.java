package io.kamdesk.application.identity.port.out;

import java.util.UUID;

/** Security-relevant happenings that operators must be able to find in the logs. */
public interface SecurityAuditLog {

    void refreshTokenReused(long userId, UUID sessionId);

    void loginSucceeded(long userId, String clientAddress);

    /** Wrong credentials, or an unknown or inactive account: the key is the e-mail as typed, normalised. */
    void loginFailed(String accountKey, String clientAddress);

    void loginThrottled(String accountKey, String clientAddress);

    void sessionsRevoked(long userId, int count, String reason);
}
