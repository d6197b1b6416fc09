package io.kamdesk.bootstrap.shared;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationListener;

/**
 * Once the service first accepts traffic, one full collection, off the thread that said so. Starting leaves
 * its garbage (configuration read, class files parsed) in a heap the collector grew while starting; a full
 * collection frees it and G1 then gives the unused part back to the operating system, so an idle service
 * holds some 40-70 MiB less than it otherwise would (docs/decisions/0049). Load grows the heap again as
 * it needs. {@code kamdesk.release-start-up-memory=false} turns it off; so does the JVM's
 * {@code -XX:+DisableExplicitGC}.
 */
final class StartUpMemoryRelease implements ApplicationListener<AvailabilityChangeEvent<ReadinessState>> {

    private final boolean enabled;
    private final Executor elsewhere;
    private final Runnable fullCollection;
    private final AtomicBoolean done = new AtomicBoolean();

    StartUpMemoryRelease(boolean enabled, Executor elsewhere, Runnable fullCollection) {
        this.enabled = enabled;
        this.elsewhere = elsewhere;
        this.fullCollection = fullCollection;
    }

    static StartUpMemoryRelease ofThisJvm(boolean enabled) {
        return new StartUpMemoryRelease(enabled,
                task -> Thread.ofPlatform().daemon().name("release-start-up-memory").start(task), System::gc);
    }

    @Override
    public void onApplicationEvent(AvailabilityChangeEvent<ReadinessState> event) {
        if (enabled && event.getState() == ReadinessState.ACCEPTING_TRAFFIC && done.compareAndSet(false, true)) {
            elsewhere.execute(fullCollection);
        }
    }
}
