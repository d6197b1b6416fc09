package io.kamdesk.architecture_fixtures.application.billing.port.out;

import io.kamdesk.architecture_fixtures.application.billing.port.in.BillView;
import io.kamdesk.architecture_fixtures.application.billing.port.in.ListBillsQuery;
import io.kamdesk.architecture_fixtures.domain.billing.Bill;
import java.util.List;

/** Allowed: an out-port filling the in-port's view records for the in-port's query. */
public interface BillRepository {

    void insert(Bill bill);

    List<BillView> list(ListBillsQuery query);
}
