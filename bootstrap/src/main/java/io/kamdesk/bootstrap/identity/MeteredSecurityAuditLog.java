package io.kamdesk.bootstrap.identity;

import io.kamdesk.application.activity.port.in.ActivityAction;
import io.kamdesk.application.activity.port.in.ActivityResource;
import io.kamdesk.application.activity.port.out.ActivityLogRepository;
import io.kamdesk.application.identity.port.out.SecurityAuditLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Security events as log lines under the logger {@code kamdesk.security}, easy to alert on, and
 * logins counted by outcome in {@code kamdesk.logins} (succeeded, failed, throttled). A throttled
 * login, which changes no table, is entered in the activity log here.
 */
@Component
class MeteredSecurityAuditLog implements SecurityAuditLog {

    private static final Logger log = LoggerFactory.getLogger("kamdesk.security");

    private final Counter succeeded;
    private final Counter failed;
    private final Counter throttled;

    private final ActivityLogRepository activityLog;

    MeteredSecurityAuditLog(MeterRegistry meters, ActivityLogRepository activityLog) {
        this.activityLog = activityLog;
        this.succeeded = logins(meters, "succeeded");
        this.failed = logins(meters, "failed");
        this.throttled = logins(meters, "throttled");
    }

    private static Counter logins(MeterRegistry meters, String outcome) {
        return Counter.builder("kamdesk.logins").description("Login attempts by outcome").tag("outcome", outcome)
                .register(meters);
    }

    @Override
    public void refreshTokenReused(long userId, UUID sessionId) {
        log.warn("Refresh token reused: session {} of user {} revoked as possibly stolen", sessionId, userId);
    }

    @Override
    public void loginSucceeded(long userId, String clientAddress) {
        succeeded.increment();
        log.debug("Login of user {} from {}", userId, clientAddress);
    }

    @Override
    public void loginFailed(String accountKey, String clientAddress) {
        failed.increment();
        log.info("Login failed for account '{}' from {}", accountKey, clientAddress);
    }

    @Override
    public void loginThrottled(String accountKey, String clientAddress) {
        throttled.increment();
        // a refused login writes nothing else: the activity log is told here
        activityLog.record(ActivityAction.LOGIN_THROTTLED, ActivityResource.SESSION, Map.of("account", accountKey));
        log.warn("Login throttled for account '{}' from {}", accountKey, clientAddress);
    }

    @Override
    public void sessionsRevoked(long userId, int count, String reason) {
        log.info("Revoked {} session(s) of user {}: {}", count, userId, reason);
    }
}
