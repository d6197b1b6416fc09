package io.kamdesk.application.billing.port.in.payment;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.billing.PaymentMethod;
import io.kamdesk.domain.identity.Viewer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Payments of the bills the viewer may see, filtered by customer, bill, method, the day paid (both
 * ends included) and who received them.
 */
public record ListPaymentsQuery(Viewer viewer, Optional<Long> customer, Optional<Long> bill,
        Optional<PaymentMethod> method, Optional<LocalDate> paidOnAfter, Optional<LocalDate> paidOnBefore,
        Optional<Long> receivedBy, ListSpec<PaymentSortField> spec) {

    public ListPaymentsQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(customer);
        Objects.requireNonNull(bill);
        Objects.requireNonNull(method);
        Objects.requireNonNull(paidOnAfter);
        Objects.requireNonNull(paidOnBefore);
        Objects.requireNonNull(receivedBy);
        Objects.requireNonNull(spec);
    }
}
