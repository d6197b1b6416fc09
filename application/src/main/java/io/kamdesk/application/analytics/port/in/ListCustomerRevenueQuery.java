package io.kamdesk.application.analytics.port.in;

import io.kamdesk.application.shared.ListSpec;
import java.util.Objects;

/** Customer-wise revenue: every customer in scope, all time unless the query has a range. */
public record ListCustomerRevenueQuery(DashboardQuery query, ListSpec<CustomerRevenueSortField> spec) {

    public ListCustomerRevenueQuery {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(spec, "spec");
    }
}
