package io.kamdesk.application.billing.port.out;

import java.util.Optional;

/** Customers' own payment terms, in days; none when the service's setting applies. */
public interface CustomerPaymentTerms {

    Optional<Integer> find(long customerId);

    /** {@code days} null: the customer's own terms are removed. */
    void set(long customerId, Integer days);
}
