package io.kamdesk.application.billing.port.in;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.identity.Viewer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Bills of the customers the viewer may see, filtered by status, customer, exact billing date or a
 * billing-date range (both ends included).
 */
public record ListBillsQuery(Viewer viewer, Optional<BillStatus> status, Optional<Long> customer,
        Optional<LocalDate> billingDate, Optional<LocalDate> billingDateAfter, Optional<LocalDate> billingDateBefore,
        ListSpec<BillSortField> spec) {

    public ListBillsQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(status);
        Objects.requireNonNull(customer);
        Objects.requireNonNull(billingDate);
        Objects.requireNonNull(billingDateAfter);
        Objects.requireNonNull(billingDateBefore);
        Objects.requireNonNull(spec);
    }
}
