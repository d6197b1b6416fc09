package io.kamdesk.application.shared.testing;

import io.kamdesk.application.contract.IdempotencyKeysContract;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;

/** The fake keeps the contract its jOOQ twin keeps. */
class InMemoryIdempotencyKeysContractTest extends IdempotencyKeysContract {

    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();

    @Override
    protected IdempotencyKeys keys() {
        return keys;
    }

    @Override
    protected void heldByAnotherRequest(long userId, String key) {
        keys.heldByAnotherRequest(userId, key);
    }
}
