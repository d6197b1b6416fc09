package io.kamdesk.architecture_fixtures.bootstrap.billing;

import io.kamdesk.architecture_fixtures.adapter.out.persistence.billing.JooqBillRepository;
import io.kamdesk.architecture_fixtures.application.billing.service.IssueBillService;

/** Allowed: bootstrap wires services to adapters. */
public class BillingWiring {

    public IssueBillService issueBill(JooqBillRepository bills) {
        return new IssueBillService(bills);
    }
}
