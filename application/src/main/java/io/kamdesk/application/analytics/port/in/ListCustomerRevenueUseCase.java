package io.kamdesk.application.analytics.port.in;

import io.kamdesk.application.shared.ResultSink;

/** Revenue per customer in scope, streamed like every list. */
public interface ListCustomerRevenueUseCase {

    void listCustomerRevenue(ListCustomerRevenueQuery query, ResultSink<CustomerRevenueView> sink);
}
