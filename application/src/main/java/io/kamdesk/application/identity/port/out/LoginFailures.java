package io.kamdesk.application.identity.port.out;

import io.kamdesk.domain.identity.LoginThrottlePolicy.FailureCount;
import java.time.Instant;

/** The record of failed logins that throttling is decided on; shared by every instance. */
public interface LoginFailures {

    void record(String accountKey, String clientAddress, Instant at);

    /**
     * Failures of the account since {@code since}; the instant is that of the {@code limit}-th most
     * recent failure, the one whose ageing out lifts the block.
     */
    FailureCount countForAccount(String accountKey, Instant since, int limit);

    FailureCount countForAddress(String clientAddress, Instant since, int limit);

    /** A successful login forgives the account's failures. */
    void clearAccount(String accountKey);

    /** Forgets failures older than {@code before}; they no longer count for anything. */
    void purgeOlderThan(Instant before);
}
