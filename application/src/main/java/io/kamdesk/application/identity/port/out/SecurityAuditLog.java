package io.kamdesk.application.identity.port.out;

import java.util.UUID;

/** Security-relevant happenings that operators must be able to find in the logs. */
public interface SecurityAuditLog {

    void refreshTokenReused(long userId, UUID sessionId);

    void loginThrottled(String accountKey, String clientAddress);

    void sessionsRevoked(long userId, int count, String reason);
}
