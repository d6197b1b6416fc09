package io.kamdesk.application.billing.port.in.invoice;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.billing.InvoiceStatus;
import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;
import java.util.Optional;

/**
 * Invoices of the customers the viewer may see, filtered by customer, month and status (paid: issued
 * and covered by its payments; issued: issued and not yet covered).
 */
public record ListInvoicesQuery(Viewer viewer, Optional<Long> customer, Optional<BillingMonth> month,
        Optional<InvoiceStatus> status, ListSpec<InvoiceSortField> spec) {

    public ListInvoicesQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(customer);
        Objects.requireNonNull(month);
        Objects.requireNonNull(status);
        Objects.requireNonNull(spec);
    }
}
