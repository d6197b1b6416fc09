package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.DeleteCustomerUseCase;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.Refusal;

/** Deletes a customer that has no billing history: bills are never lost by a delete. */
public final class DeleteCustomerService implements DeleteCustomerUseCase {

    private final CustomerRepository customers;
    private final Transactions transactions;

    public DeleteCustomerService(CustomerRepository customers, Transactions transactions) {
        this.customers = customers;
        this.transactions = transactions;
    }

    @Override
    public void deleteCustomer(Viewer actor, long customerId) {
        transactions.run(() -> {
            customers.findVisibleForUpdate(actor, customerId).orElseThrow(CustomerRules::notFound);
            if (customers.hasBills(customerId)) {
                throw new ConflictException(Refusal.CUSTOMER_HAS_BILLS);
            }
            customers.delete(customerId);
        });
    }
}
