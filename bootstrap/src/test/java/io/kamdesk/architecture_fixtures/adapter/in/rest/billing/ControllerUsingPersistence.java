package io.kamdesk.architecture_fixtures.adapter.in.rest.billing;

import io.kamdesk.architecture_fixtures.adapter.out.persistence.billing.JooqBillRepository;

/** Bad (rule 4): one adapter uses another. */
public class ControllerUsingPersistence {

    private final JooqBillRepository bills;

    public ControllerUsingPersistence(JooqBillRepository bills) {
        this.bills = bills;
    }
}
