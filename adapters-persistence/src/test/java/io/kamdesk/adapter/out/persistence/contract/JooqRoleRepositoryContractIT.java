package io.kamdesk.adapter.out.persistence.contract;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.contract.IdentityStore;
import io.kamdesk.application.contract.RoleRepositoryContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The jOOQ adapter keeps the contract the application tests' fake keeps. */
@SpringBootTest(classes = {PersistenceTestApplication.class, JooqIdentityStore.class, JooqCrmStore.class})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class JooqRoleRepositoryContractIT extends RoleRepositoryContract {

    @Autowired
    JooqIdentityStore store;

    @Override
    protected IdentityStore newStore() {
        return store;
    }
}
