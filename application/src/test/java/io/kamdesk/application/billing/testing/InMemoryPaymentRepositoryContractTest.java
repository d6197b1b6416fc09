package io.kamdesk.application.billing.testing;

import io.kamdesk.application.contract.PaymentRepositoryContract;
import io.kamdesk.application.contract.CrmStore;
import io.kamdesk.application.contract.InMemoryCrmStore;

/** The fake keeps the contract its jOOQ twin keeps. */
class InMemoryPaymentRepositoryContractTest extends PaymentRepositoryContract {

    @Override
    protected CrmStore newStore() {
        return new InMemoryCrmStore();
    }
}
