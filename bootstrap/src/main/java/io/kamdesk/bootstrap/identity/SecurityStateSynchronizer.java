package io.kamdesk.bootstrap.identity;

import io.kamdesk.application.identity.port.in.session.PurgeSecurityRecordsUseCase;
import io.kamdesk.application.identity.port.in.session.SynchronizeSecurityStateUseCase;
import io.kamdesk.bootstrap.shared.KamDeskProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's memory of revocations current: loads it before the first request is served,
 * then polls at {@code kamdesk.security.revocation-sync-interval}; purges old records hourly.
 */
@Component
class SecurityStateSynchronizer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SecurityStateSynchronizer.class);
    private static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private final SynchronizeSecurityStateUseCase synchronize;
    private final PurgeSecurityRecordsUseCase purge;
    private final TaskScheduler scheduler;
    private final Duration interval;
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    SecurityStateSynchronizer(SynchronizeSecurityStateUseCase synchronize, PurgeSecurityRecordsUseCase purge,
            TaskScheduler scheduler, KamDeskProperties properties) {
        this.synchronize = synchronize;
        this.purge = purge;
        this.scheduler = scheduler;
        this.interval = properties.security().revocationSyncInterval();
    }

    @Override
    public synchronized void start() {
        synchronize.synchronize();
        tasks.add(scheduler.scheduleWithFixedDelay(() -> guarded("synchronize", synchronize::synchronize), interval));
        tasks.add(scheduler.scheduleWithFixedDelay(() -> guarded("purge", purge::purge), PURGE_INTERVAL));
    }

    private static void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("Security state {} failed; retrying at the next interval", what, e);
        }
    }

    @Override
    public synchronized void stop() {
        tasks.forEach(task -> task.cancel(false));
        tasks.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !tasks.isEmpty();
    }

    /** Start before the web server, so the first request already sees every recent revocation. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 2048;
    }
}
