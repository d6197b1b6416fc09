package io.kamdesk.architecture_fixtures.application.crm.service;

import io.kamdesk.architecture_fixtures.domain.billing.Bill;
import java.util.List;

/** Bad (rule 6): crm depends on billing. */
public class CustomerServiceReadingBills {

    public int count(List<Bill> bills) {
        return bills.size();
    }
}
