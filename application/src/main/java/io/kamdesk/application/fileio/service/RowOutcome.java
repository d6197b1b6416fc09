package io.kamdesk.application.fileio.service;

/** What writing one row did. */
record RowOutcome(int customersCreated, int customersUpdated, int billsCreated, int billsUpdated) {

    static final RowOutcome UNCHANGED = new RowOutcome(0, 0, 0, 0);

    RowOutcome plus(RowOutcome other) {
        return new RowOutcome(customersCreated + other.customersCreated, customersUpdated + other.customersUpdated,
                billsCreated + other.billsCreated, billsUpdated + other.billsUpdated);
    }
}
