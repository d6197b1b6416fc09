package io.kamdesk.bootstrap.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Waits for a condition that another thread or instance makes true, failing after a deadline. */
public final class Eventually {

    private Eventually() {
    }

    public static void within(Duration deadline, Runnable assertion) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > end) {
                    throw notYet;
                }
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        }
    }
}
