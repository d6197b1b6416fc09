package io.kamdesk.architecture_fixtures.application.fileio.service;

import io.kamdesk.architecture_fixtures.application.billing.port.out.BillRepository;

/** Breaks rule 6: an import writing bills through billing's out-port, past its use cases. */
public class ImportWritingThroughRepository {

    private final BillRepository bills;

    public ImportWritingThroughRepository(BillRepository bills) {
        this.bills = bills;
    }

    public BillRepository bills() {
        return bills;
    }
}
