package io.kamdesk.application.shared;

import java.util.function.Supplier;

/** Runs work as one database transaction: everything inside commits together or not at all. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs work inside the current transaction as a unit of its own (a savepoint): when it fails,
     * only its changes are undone and the surrounding transaction goes on.
     */
    default <T> T nested(Supplier<T> work) {
        return inTransaction(work);
    }

    /**
     * Runs work as a transaction of its own, committed whatever becomes of the transaction around it
     * (progress that must be seen while a long transaction is still open).
     */
    <T> T independently(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
