package io.kamdesk.application.shared;

import java.util.function.Supplier;

/** Runs work as one database transaction: everything inside commits together or not at all. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
