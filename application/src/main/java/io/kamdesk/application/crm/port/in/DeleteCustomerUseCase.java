package io.kamdesk.application.crm.port.in;

import io.kamdesk.domain.identity.Viewer;

/** Deletes a customer without bills; one with billing history is refused (set it Inactive or Lost instead). */
public interface DeleteCustomerUseCase {

    void deleteCustomer(Viewer actor, long customerId);
}
