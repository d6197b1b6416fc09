package io.kamdesk.adapter.out.persistence.billing;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILL;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;

import io.kamdesk.adapter.out.persistence.shared.ScopeConditions;
import io.kamdesk.application.billing.port.out.BillingRunSource;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.identity.Viewer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The billing run's reads: customers in the starter's scope by id, and their bills of a range of days. */
@Repository
public class JooqBillingRunSource implements BillingRunSource {

    /** The customer status that is billed (crm's word for it, stored as is). */
    private static final String ACTIVE_CUSTOMER = "Active";

    private final DSLContext dsl;

    public JooqBillingRunSource(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<RunCustomer> customers(Viewer viewer, Optional<List<Long>> only, long afterId, int limit) {
        return dsl.select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.COMPANY_NAME, CUSTOMER.STATUS).from(CUSTOMER)
                .where(chosen(viewer, only)).and(CUSTOMER.ID.gt(afterId))
                .orderBy(CUSTOMER.ID).limit(limit)
                .fetch(row -> new RunCustomer(row.value1(), row.value2(), row.value3(),
                        ACTIVE_CUSTOMER.equals(row.value4())));
    }

    @Override
    public int countCustomers(Viewer viewer, Optional<List<Long>> only) {
        return dsl.fetchCount(CUSTOMER, chosen(viewer, only));
    }

    @Override
    public Map<Long, List<Bill>> bills(Collection<Long> customerIds, LocalDate from, LocalDate to) {
        return dsl.selectFrom(BILL).where(BILL.CUSTOMER_ID.in(customerIds)).and(BILL.BILLING_DATE.between(from, to))
                .orderBy(BILL.ID).fetch(BillRowMapper::toBill).stream()
                .collect(Collectors.groupingBy(Bill::customerId));
    }

    private static Condition chosen(Viewer viewer, Optional<List<Long>> only) {
        return ScopeConditions.visibleTo(viewer, CUSTOMER.KAM_ID)
                .and(only.map(CUSTOMER.ID::in).orElse(DSL.noCondition()));
    }
}
