package io.kamdesk.application.shared;

/** The threads a request starts to share its work between the cores (an import's reading, an export's writing). */
public final class HelperThreads {

    private HelperThreads() {
    }

    /**
     * Waits until {@code helper} has ended, also when interrupted meanwhile: the helper uses what
     * the caller is about to close. The interrupt is kept for the caller.
     */
    public static void awaitEnd(Thread helper) {
        boolean interrupted = false;
        while (helper.isAlive()) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Throws, on the caller's thread, what a helper failed with (a helper's work throws no checked exception). */
    public static void rethrow(Throwable failure) {
        switch (failure) {
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure);
        }
    }
}
