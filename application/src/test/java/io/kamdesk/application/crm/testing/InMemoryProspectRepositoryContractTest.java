package io.kamdesk.application.crm.testing;

import io.kamdesk.application.contract.CrmStore;
import io.kamdesk.application.contract.InMemoryCrmStore;
import io.kamdesk.application.contract.ProspectRepositoryContract;

/** The fake keeps the contract its jOOQ twin keeps. */
class InMemoryProspectRepositoryContractTest extends ProspectRepositoryContract {

    @Override
    protected CrmStore newStore() {
        return new InMemoryCrmStore();
    }
}
