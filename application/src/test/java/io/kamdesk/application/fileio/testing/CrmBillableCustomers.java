package io.kamdesk.application.fileio.testing;

import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import io.kamdesk.application.billing.port.out.BillableCustomers;
import io.kamdesk.application.billing.testing.InMemoryBillRepository;
import io.kamdesk.application.crm.testing.InMemoryCustomerRepository;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.Viewer;
import java.util.Optional;

/**
 * Billing's view of the CRM fake's customers, so that customers created by an import are the ones
 * bills are issued to: a viewer who sees only their own records reaches only the customers they are
 * the KAM of, as the customers table joined on {@code assigned_sales_person} would answer.
 */
public final class CrmBillableCustomers implements BillableCustomers, InMemoryBillRepository.Customers {

    private final InMemoryCustomerRepository customers;

    public CrmBillableCustomers(InMemoryCustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    public Optional<BilledCustomer> findVisible(Viewer viewer, long customerId) {
        return customers.find(customerId).filter(customer -> visible(viewer, customer)).map(CrmBillableCustomers::billed);
    }

    @Override
    public Map<Long, BilledCustomer> findVisible(Viewer viewer, Collection<Long> customerIds) {
        Map<Long, BilledCustomer> found = new HashMap<>();
        customerIds.forEach(id -> findVisible(viewer, id).ifPresent(customer -> found.put(id, customer)));
        return found;
    }

    @Override
    public Optional<BilledCustomer> find(long customerId) {
        return customers.find(customerId).map(CrmBillableCustomers::billed);
    }

    @Override
    public boolean isVisible(Viewer viewer, long customerId) {
        return customers.find(customerId).filter(customer -> visible(viewer, customer)).isPresent();
    }

    private static boolean visible(Viewer viewer, Customer customer) {
        return viewer.seesAll() || customer.kamId().map(kam -> kam == viewer.userId()).orElse(false);
    }

    private static BilledCustomer billed(Customer customer) {
        return new BilledCustomer(customer.id(), customer.details().name(), customer.details().companyName(),
                customer.details().email().value(), customer.details().phone().value(), customer.details().address(),
                customer.kamId().map(kam -> "kam" + kam).orElse(null));
    }
}
