package io.kamdesk.adapter.out.persistence.billing;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;

import io.kamdesk.application.billing.port.out.CustomerPaymentTerms;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** A customer's own payment terms: a column of the customer's row, which billing alone writes. */
@Repository
public class JooqCustomerPaymentTerms implements CustomerPaymentTerms {

    private final DSLContext dsl;

    public JooqCustomerPaymentTerms(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Integer> find(long customerId) {
        return dsl.select(CUSTOMER.PAYMENT_TERMS_DAYS).from(CUSTOMER).where(CUSTOMER.ID.eq(customerId))
                .fetchOptional(CUSTOMER.PAYMENT_TERMS_DAYS);
    }

    @Override
    public void set(long customerId, Integer days) {
        dsl.update(CUSTOMER).set(CUSTOMER.PAYMENT_TERMS_DAYS, days).where(CUSTOMER.ID.eq(customerId)).execute();
    }
}
