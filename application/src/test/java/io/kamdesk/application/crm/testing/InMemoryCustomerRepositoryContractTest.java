package io.kamdesk.application.crm.testing;

import io.kamdesk.application.contract.CrmStore;
import io.kamdesk.application.contract.CustomerRepositoryContract;
import io.kamdesk.application.contract.InMemoryCrmStore;

/** The fake keeps the contract its jOOQ twin keeps. */
class InMemoryCustomerRepositoryContractTest extends CustomerRepositoryContract {

    @Override
    protected CrmStore newStore() {
        return new InMemoryCrmStore();
    }
}
