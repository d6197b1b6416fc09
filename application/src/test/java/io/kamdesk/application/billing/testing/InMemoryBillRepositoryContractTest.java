package io.kamdesk.application.billing.testing;

import io.kamdesk.application.contract.BillRepositoryContract;
import io.kamdesk.application.contract.CrmStore;
import io.kamdesk.application.contract.InMemoryCrmStore;

/** The fake keeps the contract its jOOQ twin keeps. */
class InMemoryBillRepositoryContractTest extends BillRepositoryContract {

    @Override
    protected CrmStore newStore() {
        return new InMemoryCrmStore();
    }
}
