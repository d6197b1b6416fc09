package io.kamdesk.architecture_fixtures.application.fileio.service;

import io.kamdesk.architecture_fixtures.application.billing.port.in.IssueBillUseCase;

/** Allowed by rule 6: an import issuing bills through billing's use case. */
public class ImportThroughUseCase {

    private final IssueBillUseCase issueBill;

    public ImportThroughUseCase(IssueBillUseCase issueBill) {
        this.issueBill = issueBill;
    }

    public IssueBillUseCase issueBill() {
        return issueBill;
    }
}
