package io.kamdesk.adapter.out.persistence.shared;

import java.util.function.Function;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way reads run together: a read-only transaction that sees one snapshot throughout
 * ({@code REPEATABLE READ}), or the caller's transaction when there is one. The level is set for the
 * transaction, in the round trip of its first statement, not for the session (which costs three
 * round trips); PostgreSQL refuses any write in it, so it is not told the activity context either.
 */
@Component
public class ReadOnlyTransactions {

    private static final String REPEATABLE_READ = "set transaction isolation level repeatable read";

    private final DSLContext dsl;
    private final TransactionTemplate readOnly;

    public ReadOnlyTransactions(DSLContext dsl, PlatformTransactionManager transactionManager) {
        this.dsl = dsl;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** Runs the reads. */
    public void run(Runnable reads) {
        run(own -> {
            reads.run();
            return null;
        });
    }

    /** Runs the reads, telling them whether the transaction is their own (not the caller's). */
    public <T> T run(Function<Boolean, T> reads) {
        return WorkFailures.rethrownFirst(() -> readOnly.execute(status -> {
            if (status.isNewTransaction()) {
                dsl.connection(connection -> ActivityContextDataSource.precedeFirstStatement(connection,
                        REPEATABLE_READ));
            }
            return reads.apply(status.isNewTransaction());
        }));
    }
}
