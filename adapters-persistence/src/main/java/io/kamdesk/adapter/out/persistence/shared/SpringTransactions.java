package io.kamdesk.adapter.out.persistence.shared;

import io.kamdesk.application.shared.Transactions;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The application's transactions, carried out by Spring's transaction manager over JDBC. */
@Component
public class SpringTransactions implements Transactions {

    private final TransactionTemplate template;
    private final TransactionTemplate savepoint;
    private final TransactionTemplate separate;
    private final ReadOnlyTransactions readOnly;

    public SpringTransactions(PlatformTransactionManager transactionManager, ReadOnlyTransactions readOnly) {
        this.readOnly = readOnly;
        this.template = new TransactionTemplate(transactionManager);
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.separate = new TransactionTemplate(transactionManager);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public <T> T nested(Supplier<T> work) {
        return WorkFailures.rethrownFirst(() -> savepoint.execute(status -> work.get()));
    }

    @Override
    public <T> T independently(Supplier<T> work) {
        return WorkFailures.rethrownFirst(() -> separate.execute(status -> work.get()));
    }

    @Override
    public <T> T readOnly(Supplier<T> reads) {
        return readOnly.run(own -> reads.get());
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return WorkFailures.rethrownFirst(() -> template.execute(status -> work.get()));
    }
}
