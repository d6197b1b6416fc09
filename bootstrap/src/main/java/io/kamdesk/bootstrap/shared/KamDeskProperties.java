package io.kamdesk.bootstrap.shared;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings ({@code kamdesk.*}); every one is listed with its default in
 * docs/configuration.md.
 */
@ConfigurationProperties("kamdesk")
public record KamDeskProperties(
        @DefaultValue("Asia/Dhaka") ZoneId timeZone,
        @DefaultValue("KTL") String numberPrefix,
        @DefaultValue("30") int paymentTermsDays,
        @DefaultValue Security security,
        @DefaultValue Admin admin,
        @DefaultValue Imports imports,
        @DefaultValue Jobs jobs) {

    /** Bounds on one imported file (the upload size itself is spring.servlet.multipart.max-file-size). */
    public record Imports(
            @DefaultValue("1000000") long maxRows,
            @DefaultValue("32767") int maxCellLength) {
    }

    /**
     * The background job engine: whether this instance works on jobs (every instance may), with how
     * many threads, how often it looks for new ones, how soon a dead instance's job is taken over
     * (heartbeat × missed heartbeats), and how long finished import jobs and their files are kept.
     * {@code instanceName} tells the instances apart in the engine's table (empty: host name and
     * process id).
     */
    public record Jobs(
            @DefaultValue("true") boolean worker,
            @DefaultValue("") String instanceName,
            @DefaultValue("2") int threads,
            @DefaultValue("5s") Duration pollingInterval,
            @DefaultValue("10s") Duration heartbeatInterval,
            @DefaultValue("6") int missedHeartbeats,
            @DefaultValue("30d") Duration retention) {

        public Jobs {
            if (threads < 1 || missedHeartbeats < 4) {
                throw new IllegalArgumentException(
                        "kamdesk.jobs.threads must be at least 1 and kamdesk.jobs.missed-heartbeats at least 4");
            }
        }
    }

    public record Security(
            @DefaultValue("15m") Duration accessTokenLifetime,
            @DefaultValue("7d") Duration refreshTokenLifetime,
            @DefaultValue("2s") Duration revocationSyncInterval,
            @DefaultValue LoginThrottle loginThrottle) {
    }

    public record LoginThrottle(
            @DefaultValue("5") int accountMaxFailures,
            @DefaultValue("15m") Duration accountWindow,
            @DefaultValue("100") int addressMaxFailures,
            @DefaultValue("15m") Duration addressWindow) {
    }

    /** The first super_admin, created when the database has no user (KAMDESK_ADMIN_EMAIL / _PASSWORD). */
    public record Admin(String email, String password) {

        @Override
        public String toString() {
            return "Admin[email=" + email + "]";
        }
    }
}
