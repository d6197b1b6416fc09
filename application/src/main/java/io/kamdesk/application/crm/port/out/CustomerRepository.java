package io.kamdesk.application.crm.port.out;

import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored customers. Reads that take a viewer answer only what the viewer may see. */
public interface CustomerRepository {

    /** Reserves the id of a customer about to be created (its number is derived from it). */
    long nextId();

    /** Reserves the ids of customers about to be created, all in one round trip. */
    List<Long> nextIds(int count);

    void insert(Customer customer);

    /** Stores new customers in bulk. */
    void insertAll(List<Customer> customers);

    /** Stores revisions of existing customers in bulk (as {@link #update} does, one by one). */
    void updateAll(List<Customer> customers);

    void update(Customer customer);

    void delete(long id);

    Optional<Customer> findVisibleForUpdate(Viewer viewer, long id);

    /** Any customer with this e-mail (case-insensitive), whoever's it is: e-mails are unique. */
    Optional<Customer> findByEmailForUpdate(EmailAddress email);

    /**
     * The customers with these e-mails, whoever's they are, locked for update; each says whether the
     * viewer may touch it (the viewer's data scope, decided in the query like every other read).
     */
    Map<EmailAddress, Located> findByEmailsForUpdate(Viewer viewer, Collection<EmailAddress> emails);

    /**
     * The id of the customer with each of these e-mails, whoever's it is, and whether the viewer may
     * touch it; nothing is locked (what is written against the customer, a bill, holds it by its
     * foreign key, as a single bill create does).
     */
    Map<EmailAddress, CustomerKey> findKeysByEmails(Viewer viewer, Collection<EmailAddress> emails);

    /** The customer using each of these link ids, for those in use. */
    Map<String, Long> linkIdOwners(Collection<String> linkIds);

    /** Whether another customer (not {@code exceptId}, which may be null) uses this link id. */
    boolean linkIdTaken(String linkId, Long exceptId);

    /** Whether any bill was ever recorded for the customer: such a customer is never deleted. */
    boolean hasBills(long customerId);

    /** With the revenue of the customer's Active bills dated in {@code month}. */
    Optional<CustomerView> findView(Viewer viewer, long id, YearMonth month);

    void list(ListCustomersQuery query, YearMonth month, ResultSink<CustomerView> sink);

    /** A stored customer, and whether the viewer who asked may touch it. */
    record Located(Customer customer, boolean visible) {
    }

    /** A stored customer's id, and whether the viewer who asked may touch it. */
    record CustomerKey(long id, boolean visible) {
    }
}
