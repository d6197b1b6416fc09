package io.kamdesk.application.crm.port.out;

import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import java.time.YearMonth;
import java.util.Optional;

/** Stored customers. Reads that take a viewer answer only what the viewer may see. */
public interface CustomerRepository {

    /** Reserves the id of a customer about to be created (its number is derived from it). */
    long nextId();

    void insert(Customer customer);

    void update(Customer customer);

    void delete(long id);

    Optional<Customer> findVisibleForUpdate(Viewer viewer, long id);

    /** Any customer with this e-mail (case-insensitive), whoever's it is: e-mails are unique. */
    Optional<Customer> findByEmailForUpdate(EmailAddress email);

    /** Whether another customer (not {@code exceptId}, which may be null) uses this link id. */
    boolean linkIdTaken(String linkId, Long exceptId);

    /** Whether any bill was ever recorded for the customer: such a customer is never deleted. */
    boolean hasBills(long customerId);

    /** With the revenue of the customer's Active bills dated in {@code month}. */
    Optional<CustomerView> findView(Viewer viewer, long id, YearMonth month);

    void list(ListCustomersQuery query, YearMonth month, ResultSink<CustomerView> sink);
}
