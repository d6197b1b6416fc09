package io.kamdesk.adapter.out.persistence.contract;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.contract.PaymentRepositoryContract;
import io.kamdesk.application.contract.CrmStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The jOOQ adapter keeps the contract the application tests' fake keeps. */
@SpringBootTest(classes = {PersistenceTestApplication.class, JooqIdentityStore.class, JooqCrmStore.class})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class JooqPaymentRepositoryContractIT extends PaymentRepositoryContract {

    @Autowired
    JooqCrmStore store;

    @Override
    protected CrmStore newStore() {
        return store;
    }
}
