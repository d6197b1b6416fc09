package io.kamdesk.adapter.out.persistence.contract;

import io.kamdesk.adapter.out.persistence.shared.JooqIdempotencyKeys;
import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.contract.IdempotencyKeysContract;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The jOOQ adapter keeps the contract the application tests' fake keeps. */
@SpringBootTest(classes = {PersistenceTestApplication.class, JooqIdempotencyKeys.class})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class JooqIdempotencyKeysContractIT extends IdempotencyKeysContract {

    @Autowired
    JooqIdempotencyKeys keys;

    @Override
    protected IdempotencyKeys keys() {
        return keys;
    }
}
