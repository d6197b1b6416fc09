package io.kamdesk.adapter.out.persistence.billing;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;

import io.kamdesk.adapter.out.persistence.shared.CustomPlans;
import io.kamdesk.adapter.out.persistence.shared.ScopeConditions;
import io.kamdesk.application.billing.port.out.BillableCustomers;
import io.kamdesk.domain.identity.Viewer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The customers a viewer may bill: those within their scope (by the customer's KAM), whatever the status. */
@Repository
public class JooqBillableCustomers implements BillableCustomers {

    private final DSLContext dsl;

    public JooqBillableCustomers(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<BilledCustomer> findVisible(Viewer viewer, long customerId) {
        return dsl.select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.COMPANY_NAME, CUSTOMER.EMAIL, CUSTOMER.PHONE,
                        CUSTOMER.ADDRESS, APP_USER.USERNAME)
                .from(CUSTOMER)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(CUSTOMER.KAM_ID))
                .where(CUSTOMER.ID.eq(customerId))
                .and(ScopeConditions.visibleTo(viewer, CUSTOMER.KAM_ID))
                .fetchOptional(row -> new BilledCustomer(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6(), row.value7()));
    }

    @Override
    public Map<Long, BilledCustomer> findVisible(Viewer viewer, Collection<Long> customerIds) {
        Map<Long, BilledCustomer> found = new HashMap<>();
        CustomPlans.of(dsl).select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.COMPANY_NAME, CUSTOMER.EMAIL, CUSTOMER.PHONE,
                        CUSTOMER.ADDRESS, APP_USER.USERNAME)
                .from(CUSTOMER)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(CUSTOMER.KAM_ID))
                .where(CUSTOMER.ID.in(customerIds))
                .and(ScopeConditions.visibleTo(viewer, CUSTOMER.KAM_ID))
                .forEach(row -> found.put(row.value1(), new BilledCustomer(row.value1(), row.value2(), row.value3(),
                        row.value4(), row.value5(), row.value6(), row.value7())));
        return found;
    }
}
