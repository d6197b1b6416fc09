package io.kamdesk.application.billing.port.in.run;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the job machinery calls: a queued run (again after a crash, going on after its checkpoint),
 * and the schedule.
 */
public interface RunBillingRunUseCase {

    void runBillingRun(long runId);

    /**
     * The schedule's run of the month of {@code today} when today is its day and the month has no
     * scheduled run yet; acting as the configured user. Answers the run started, if any.
     */
    Optional<Long> runScheduledBilling(LocalDate today);
}
