package io.kamdesk.application.crm.port.in;

import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Viewer;

/** Reads customers within the caller's scope. */
public interface ListCustomersUseCase {

    void listCustomers(ListCustomersQuery query, ResultSink<CustomerView> sink);

    /** Another KAM's customer is not found. */
    CustomerView getCustomer(Viewer viewer, long customerId);
}
