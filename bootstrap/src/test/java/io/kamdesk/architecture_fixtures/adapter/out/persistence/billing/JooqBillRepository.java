package io.kamdesk.architecture_fixtures.adapter.out.persistence.billing;

import io.kamdesk.architecture_fixtures.adapter.out.persistence.jooq.tables.BillTable;
import io.kamdesk.architecture_fixtures.application.billing.port.in.BillView;
import io.kamdesk.architecture_fixtures.application.billing.port.in.ListBillsQuery;
import io.kamdesk.architecture_fixtures.application.billing.port.out.BillRepository;
import io.kamdesk.architecture_fixtures.domain.billing.Bill;
import java.util.List;
import org.jooq.DSLContext;

public class JooqBillRepository implements BillRepository {

    private final DSLContext dsl;
    private final BillTable table = new BillTable();

    public JooqBillRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(Bill bill) {
    }

    @Override
    public List<BillView> list(ListBillsQuery query) {
        return List.of();
    }
}
