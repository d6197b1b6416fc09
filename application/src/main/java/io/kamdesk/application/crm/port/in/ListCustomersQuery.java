package io.kamdesk.application.crm.port.in;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;
import java.util.Optional;

/** Customers the viewer may see, filtered by KAM (user id) and status. */
public record ListCustomersQuery(Viewer viewer, Optional<Long> assignedSalesPerson, Optional<CustomerStatus> status,
        ListSpec<CustomerSortField> spec) {

    public ListCustomersQuery {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(assignedSalesPerson);
        Objects.requireNonNull(status);
        Objects.requireNonNull(spec);
    }
}
