package io.kamdesk.bootstrap.analytics;

import io.kamdesk.application.analytics.port.in.CompactRevenueRollupUseCase;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Folds the revenue rollup's recorded changes every few seconds. Figures are exact without it; it
 * keeps the number of pending changes each dashboard read adds up small.
 */
@Component
class RevenueRollupCompactor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RevenueRollupCompactor.class);
    static final Duration INTERVAL = Duration.ofSeconds(5);

    private final CompactRevenueRollupUseCase compact;
    private final TaskScheduler scheduler;
    private ScheduledFuture<?> task;

    RevenueRollupCompactor(CompactRevenueRollupUseCase compact, TaskScheduler scheduler) {
        this.compact = compact;
        this.scheduler = scheduler;
    }

    @Override
    public synchronized void start() {
        task = scheduler.scheduleWithFixedDelay(this::compactOnce, INTERVAL);
    }

    private void compactOnce() {
        try {
            long folded = compact.compact();
            if (folded > 0) {
                log.debug("Folded {} revenue changes into the rollup", folded);
            }
        } catch (RuntimeException e) {
            log.error("Compacting the revenue rollup failed; retrying at the next interval", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return task != null;
    }
}
