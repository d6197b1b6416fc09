package io.kamdesk.bootstrap.identity;

import io.kamdesk.application.identity.port.out.SecurityAuditLog;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Security events as log lines under the logger {@code kamdesk.security}, easy to alert on. */
@Component
class Slf4jSecurityAuditLog implements SecurityAuditLog {

    private static final Logger log = LoggerFactory.getLogger("kamdesk.security");

    @Override
    public void refreshTokenReused(long userId, UUID sessionId) {
        log.warn("Refresh token reused: session {} of user {} revoked as possibly stolen", sessionId, userId);
    }

    @Override
    public void loginThrottled(String accountKey, String clientAddress) {
        log.warn("Login throttled for account '{}' from {}", accountKey, clientAddress);
    }

    @Override
    public void sessionsRevoked(long userId, int count, String reason) {
        log.info("Revoked {} session(s) of user {}: {}", count, userId, reason);
    }
}
