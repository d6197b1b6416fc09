package io.kamdesk.application.crm.port.in;

import io.kamdesk.domain.identity.Viewer;

/** Creates a customer; a KAM who sees only their own records can only assign it to themselves. */
public interface CreateCustomerUseCase {

    CustomerView createCustomer(Viewer actor, CustomerCommand input);
}
