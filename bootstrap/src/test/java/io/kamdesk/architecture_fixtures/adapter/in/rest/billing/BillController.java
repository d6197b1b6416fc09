package io.kamdesk.architecture_fixtures.adapter.in.rest.billing;

import io.kamdesk.architecture_fixtures.application.billing.port.in.IssueBillUseCase;

public class BillController {

    private final IssueBillUseCase issueBill;

    public BillController(IssueBillUseCase issueBill) {
        this.issueBill = issueBill;
    }
}
