package io.kamdesk.bootstrap.shared;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
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
        @DefaultValue("true") boolean releaseStartUpMemory,
        @DefaultValue Security security,
        @DefaultValue Admin admin,
        @DefaultValue Imports imports,
        @DefaultValue Jobs jobs,
        @DefaultValue BillingRuns billingRuns,
        @DefaultValue Invoices invoices,
        @DefaultValue Api api) {

    /**
     * The API's safe retries: how long an {@code Idempotency-Key}'s answer is kept, and how long a
     * repeat waits for the first request with its key to answer before it is told to retry.
     * (The other {@code kamdesk.api.*} settings belong to the REST adapter.)
     */
    public record Api(
            @DefaultValue("24h") Duration idempotencyRetention,
            @DefaultValue("10s") Duration idempotencyWait) {
    }

    /**
     * The monthly billing run: the day of the month its bills are dated on (1 to 31, clamped to the
     * month's length), and its schedule: the day of each month it runs by itself (0: never), acting as
     * the user of id {@code runAs} (who must hold bills:run), drafting the month's invoices too.
     */
    public record BillingRuns(
            @DefaultValue("1") int billingDay,
            @DefaultValue("0") int scheduleDay,
            @DefaultValue("0") long runAs) {
    }

    /**
     * Invoices: the number prefix, the VAT rate in percent new invoices are issued with, and what is
     * printed on them: the company block, the logo (a PNG or JPEG file; empty: none), the bank accounts
     * and the terms, one line each.
     */
    public record Invoices(
            @DefaultValue("INV") String numberPrefix,
            @DefaultValue("0") BigDecimal vatRate,
            @DefaultValue Company company,
            @DefaultValue({}) List<String> bankAccounts,
            @DefaultValue({}) List<String> terms) {
    }

    /** The seller's block on invoices. */
    public record Company(
            @DefaultValue("") String name,
            @DefaultValue("") String address,
            @DefaultValue("") String phone,
            @DefaultValue("") String email,
            @DefaultValue("") String bin,
            @DefaultValue("") String logo) {
    }

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
