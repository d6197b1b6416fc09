package io.kamdesk.adapter.out.persistence.shared;

import java.util.function.Supplier;
import org.springframework.transaction.TransactionSystemException;

/**
 * A transaction whose work failed because its connection was lost cannot be rolled back either, and
 * Spring then throws the rollback's failure with the work's as a mere attachment. The work's failure
 * is what happened (and what the REST adapter answers 503 for), so it is the one thrown.
 */
final class WorkFailures {

    private WorkFailures() {
    }

    static <T> T rethrownFirst(Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (TransactionSystemException rollbackFailed) {
            Throwable work = rollbackFailed.getApplicationException();
            if (work instanceof RuntimeException failure) {
                throw failure;
            }
            if (work instanceof Error failure) {
                throw failure;
            }
            throw rollbackFailed;
        }
    }
}
