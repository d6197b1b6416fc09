package io.kamdesk.application.crm.port.in;

import io.kamdesk.domain.identity.Viewer;

/** Changes a customer the caller may see; {@code replace} (PUT) requires name, email and phone. */
public interface UpdateCustomerUseCase {

    CustomerView updateCustomer(Viewer actor, long customerId, CustomerCommand input, boolean replace);
}
