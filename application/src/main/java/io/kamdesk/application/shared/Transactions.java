package io.kamdesk.application.shared;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Runs work as one database transaction: everything inside commits together or not at all. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs reads as one read-only transaction (or inside the current transaction): a transaction of
     * their own sees the data as one snapshot throughout, and nothing can be written in it.
     */
    <T> T readOnly(Supplier<T> reads);

    /**
     * Runs work as one transaction and answers what it returned; when {@code undone} holds for that
     * result, the transaction is rolled back instead of committed, and the result is answered all the
     * same (an answer refusing the request, which must keep nothing the work wrote).
     */
    default <T> T inTransactionUndoing(Supplier<T> work, Predicate<? super T> undone) {
        try {
            return inTransaction(() -> {
                T result = work.get();
                if (undone.test(result)) {
                    throw new UndoneResult(result);
                }
                return result;
            });
        } catch (UndoneResult rolledBack) {
            @SuppressWarnings("unchecked")
            T result = (T) rolledBack.result;
            return result;
        }
    }

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
