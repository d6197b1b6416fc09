package io.kamdesk.application.identity.testing;

import io.kamdesk.application.contract.IdentityStore;
import io.kamdesk.application.contract.InMemoryIdentityStore;
import io.kamdesk.application.contract.RoleRepositoryContract;

/** The fake keeps the contract its jOOQ twin keeps. */
class InMemoryRoleRepositoryContractTest extends RoleRepositoryContract {

    @Override
    protected IdentityStore newStore() {
        return new InMemoryIdentityStore();
    }
}
