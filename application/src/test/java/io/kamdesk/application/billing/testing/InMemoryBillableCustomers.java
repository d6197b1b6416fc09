package io.kamdesk.application.billing.testing;

import java.util.HashMap;
import java.util.Collection;
import io.kamdesk.application.billing.port.out.BillableCustomers;
import io.kamdesk.domain.identity.Viewer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The customers bills may be issued to, numbered from 1, each with the id of its KAM (or none). A
 * viewer who sees only their own records reaches only the customers they are the KAM of, as the
 * customers table joined on {@code assigned_sales_person} would answer.
 */
public final class InMemoryBillableCustomers implements BillableCustomers, InMemoryBillRepository.Customers {

    private record Entry(BilledCustomer customer, Long kamId) {
    }

    /** The phone every test customer has: no billing rule reads it, the bill views carry it. */
    public static final String PHONE = "+880 1711-000000";
    /** Likewise the address. */
    public static final String ADDRESS = "House 1, Road 2, Dhaka";

    /** The username these customers give their KAM with id {@code kamId}. */
    public static String kamUsername(long kamId) {
        return "kam" + kamId;
    }

    private final Map<Long, Entry> customers = new LinkedHashMap<>();
    private long nextId = 1;

    /** Test set-up: a customer whose KAM is {@code kamId} ({@code null}: unassigned). */
    public synchronized BilledCustomer add(Long kamId, String name, String companyName, String email) {
        BilledCustomer customer = new BilledCustomer(nextId++, name, companyName, email, PHONE, ADDRESS,
                kamId == null ? null : kamUsername(kamId));
        customers.put(customer.id(), new Entry(customer, kamId));
        return customer;
    }

    /** Test set-up: the customer passes to another KAM ({@code null}: unassigned). */
    public synchronized void reassign(long customerId, Long kamId) {
        BilledCustomer was = entry(customerId).customer();
        customers.put(customerId, new Entry(new BilledCustomer(was.id(), was.name(), was.companyName(), was.email(),
                was.phone(), was.address(), kamId == null ? null : kamUsername(kamId)), kamId));
    }

    @Override
    public synchronized Optional<BilledCustomer> findVisible(Viewer viewer, long customerId) {
        return Optional.ofNullable(customers.get(customerId))
                .filter(entry -> visible(viewer, entry))
                .map(Entry::customer);
    }

    @Override
    public synchronized Map<Long, BilledCustomer> findVisible(Viewer viewer, Collection<Long> customerIds) {
        Map<Long, BilledCustomer> found = new HashMap<>();
        customerIds.forEach(id -> findVisible(viewer, id).ifPresent(customer -> found.put(id, customer)));
        return found;
    }

    /** Any customer, whoever's it is. */
    @Override
    public synchronized Optional<BilledCustomer> find(long customerId) {
        return Optional.ofNullable(customers.get(customerId)).map(Entry::customer);
    }

    /** The customer's KAM, if it has one. */
    public synchronized Optional<Long> kamOf(long customerId) {
        return Optional.ofNullable(entry(customerId).kamId());
    }

    /** Whether the viewer may see the customer (and so its bills); an unknown customer is seen by nobody. */
    @Override
    public synchronized boolean isVisible(Viewer viewer, long customerId) {
        Entry entry = customers.get(customerId);
        return entry != null && visible(viewer, entry);
    }

    private static boolean visible(Viewer viewer, Entry entry) {
        return viewer.seesAll() || entry.kamId() != null && entry.kamId() == viewer.userId();
    }

    private Entry entry(long customerId) {
        Entry entry = customers.get(customerId);
        if (entry == null) {
            throw new IllegalArgumentException("no customer " + customerId);
        }
        return entry;
    }
}
