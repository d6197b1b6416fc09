package io.kamdesk.application.crm.testing;

import io.kamdesk.application.crm.port.in.CustomerSortField;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.out.CustomerRepository.CustomerKey;
import io.kamdesk.application.crm.port.out.CustomerRepository.Located;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;

/**
 * Customers in a map with ids from a sequence starting at 1. Like the database it refuses a second
 * customer with the same e-mail or link id, and refuses to delete a customer with bills (whether a
 * customer has bills is set by the test). A viewer who sees only their own records reaches only the
 * customers they are the KAM of. There are no bills here, so {@code calculatedMonthlyRevenue} is 0;
 * the months asked for are remembered so that a test can check which month a service meant.
 */
public final class InMemoryCustomerRepository implements CustomerRepository, InMemoryTransactions.Participant {

    private static final List<Function<Customer, String>> SEARCHED = List.of(
            c -> c.details().name(), c -> c.details().companyName(), c -> c.details().email().value(),
            c -> c.details().phone().value(), c -> c.details().address(), c -> c.details().linkId(),
            Customer::customerNumber);
    private static final Map<CustomerSortField, Function<Customer, Comparable<?>>> COLUMNS =
            new EnumMap<>(CustomerSortField.class);
    private static final List<SortOrder<CustomerSortField>> DEFAULT_ORDERING =
            List.of();

    static {
        COLUMNS.put(CustomerSortField.CREATED_AT, Customer::createdAt);
        COLUMNS.put(CustomerSortField.UPDATED_AT, Customer::updatedAt);
        COLUMNS.put(CustomerSortField.NAME, c -> Listing.collated(c.details().name()));
        COLUMNS.put(CustomerSortField.COMPANY_NAME, c -> Listing.collated(c.details().companyName()));
        COLUMNS.put(CustomerSortField.CUSTOMER_NUMBER, Customer::customerNumber);
        COLUMNS.put(CustomerSortField.MONTHLY_REVENUE, c -> c.details().monthlyRevenue());
        COLUMNS.put(CustomerSortField.POTENTIAL_REVENUE, c -> c.details().potentialRevenue());
        COLUMNS.put(CustomerSortField.CALCULATED_MONTHLY_REVENUE, c -> BigDecimal.ZERO);
        COLUMNS.put(CustomerSortField.JOINED_ON, Customer::joinedOn);
        COLUMNS.put(CustomerSortField.STATUS, c -> c.status().code());
    }

    private final InMemoryKamDirectory users;
    private final Map<Long, Customer> customers = new LinkedHashMap<>();
    private final Set<Long> billed = new HashSet<>();
    /** The bill store's answer, when one is joined (as the database joins the two tables). */
    private LongPredicate billedInStore = customerId -> false;
    /** Who exists to be a KAM, as the foreign key to the users checks: the directory's users unless joined. */
    private LongPredicate userExists;
    private final List<YearMonth> monthsAsked = new ArrayList<>();
    private long nextId = 1;

    public InMemoryCustomerRepository(InMemoryKamDirectory users) {
        this.users = users;
        this.userExists = users::exists;
    }

    @Override
    public synchronized long nextId() {
        return nextId++;
    }

    @Override
    public synchronized void insert(Customer customer) {
        if (customers.containsKey(customer.id())) {
            throw new IllegalStateException("duplicate id " + customer.id());
        }
        refuseDuplicates(customer);
        customers.put(customer.id(), customer);
    }

    @Override
    public synchronized List<Long> nextIds(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(nextId++);
        }
        return ids;
    }

    @Override
    public synchronized void insertAll(List<Customer> newCustomers) {
        newCustomers.forEach(this::insert);
    }

    @Override
    public synchronized void updateAll(List<Customer> revised) {
        revised.forEach(this::update);
    }

    @Override
    public synchronized Map<EmailAddress, Located> findByEmailsForUpdate(Viewer viewer,
            Collection<EmailAddress> emails) {
        Map<EmailAddress, Located> found = new HashMap<>();
        customers.values().stream().filter(customer -> emails.contains(customer.details().email()))
                .forEach(customer -> found.put(customer.details().email(),
                        new Located(customer, visible(viewer, customer))));
        return found;
    }

    @Override
    public synchronized Map<EmailAddress, CustomerKey> findKeysByEmails(Viewer viewer,
            Collection<EmailAddress> emails) {
        Map<EmailAddress, CustomerKey> found = new HashMap<>();
        findByEmailsForUpdate(viewer, emails).forEach((email, located) -> found.put(email,
                new CustomerKey(located.customer().id(), located.visible())));
        return found;
    }

    @Override
    public synchronized Map<String, Long> linkIdOwners(Collection<String> linkIds) {
        Map<String, Long> owners = new HashMap<>();
        customers.values().stream().filter(customer -> linkIds.contains(customer.details().linkId()))
                .forEach(customer -> owners.put(customer.details().linkId(), customer.id()));
        return owners;
    }

    @Override
    public synchronized void update(Customer customer) {
        if (!customers.containsKey(customer.id())) {
            throw new NotFoundException(Subject.CUSTOMER);
        }
        refuseDuplicates(customer);
        customers.put(customer.id(), customer);
    }

    @Override
    public synchronized void delete(long id) {
        if (hasBillsNow(id)) {
            throw new ConflictException(Refusal.CUSTOMER_HAS_BILLS);
        }
        customers.remove(id);
    }

    @Override
    public synchronized Optional<Customer> findVisibleForUpdate(Viewer viewer, long id) {
        return Optional.ofNullable(customers.get(id)).filter(customer -> visible(viewer, customer));
    }

    @Override
    public synchronized Optional<Customer> findByEmailForUpdate(EmailAddress email) {
        return customers.values().stream().filter(customer -> customer.details().email().equals(email)).findFirst();
    }

    @Override
    public synchronized boolean linkIdTaken(String linkId, Long exceptId) {
        return customers.values().stream()
                .filter(customer -> exceptId == null || customer.id() != exceptId)
                .anyMatch(customer -> linkId.equals(customer.details().linkId()));
    }

    @Override
    public synchronized boolean hasBills(long customerId) {
        return hasBillsNow(customerId);
    }

    @Override
    public synchronized Optional<CustomerView> findView(Viewer viewer, long id, YearMonth month) {
        monthsAsked.add(Objects.requireNonNull(month));
        return findVisibleForUpdate(viewer, id).map(this::toView);
    }

    @Override
    public synchronized void list(ListCustomersQuery query, YearMonth month, ResultSink<CustomerView> sink) {
        monthsAsked.add(Objects.requireNonNull(month));
        var matching = customers.values().stream()
                .filter(customer -> visible(query.viewer(), customer))
                .filter(customer -> query.assignedSalesPerson()
                        .map(kam -> customer.kamId().map(kam::equals).orElse(false))
                        .orElse(true))
                .filter(customer -> query.status().map(status -> customer.status() == status).orElse(true))
                .filter(customer -> Listing.matchesSearch(query.spec(), customer, SEARCHED));
        Listing.stream(matching, query.spec(), COLUMNS, DEFAULT_ORDERING, Customer::id, this::toView, sink);
    }

    /** Joins a user store, whose users then are the ones a customer's KAM must be. */
    public synchronized void joinUsers(LongPredicate exists) {
        userExists = exists;
    }

    /** Joins a bill store, whose bills then count as this store's customers' bills. */
    public synchronized void joinBills(LongPredicate hasBillsOf) {
        billedInStore = hasBillsOf;
    }

    private boolean hasBillsNow(long customerId) {
        return billed.contains(customerId) || billedInStore.test(customerId);
    }

    /** Test set-up: from now on the customer has bills, as if one had been issued. */
    public synchronized void givenBills(long customerId) {
        billed.add(customerId);
    }

    /** Test set-up: stores a customer exactly as given (for example one restored as Lost). */
    public synchronized Customer save(Customer customer) {
        refuseDuplicates(customer);
        customers.put(customer.id(), customer);
        nextId = Math.max(nextId, customer.id() + 1);
        return customer;
    }

    /** Any customer, whoever's it is. */
    public synchronized Optional<Customer> find(long id) {
        return Optional.ofNullable(customers.get(id));
    }

    public synchronized List<Customer> all() {
        return List.copyOf(customers.values());
    }

    /** The months for which reads computed the billed revenue, in order. */
    public synchronized List<YearMonth> monthsAsked() {
        return List.copyOf(monthsAsked);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<Long, Customer> copy = new LinkedHashMap<>(customers);
        long idAtSnapshot = nextId;
        return () -> {
            synchronized (this) {
                customers.clear();
                customers.putAll(copy);
                // like a database sequence, ids handed out are not given back on rollback
                nextId = Math.max(nextId, idAtSnapshot);
            }
        };
    }

    private static boolean visible(Viewer viewer, Customer customer) {
        return viewer.seesAll() || customer.kamId().map(kam -> kam == viewer.userId()).orElse(false);
    }

    private void refuseDuplicates(Customer candidate) {
        candidate.kamId().filter(kam -> !userExists.test(kam)).ifPresent(kam -> {
            throw InvalidInputException.of("assignedSalesPerson", Reason.NO_ACTIVE_USER, kam);
        });
        for (Customer other : customers.values()) {
            if (other.id() == candidate.id()) {
                continue;
            }
            // as the unique indexes answer, through the adapter's constraint translation
            if (other.details().email().equals(candidate.details().email())) {
                throw InvalidInputException.of("email", Reason.TAKEN, Subject.CUSTOMER);
            }
            if (candidate.details().linkId() != null && candidate.details().linkId().equals(other.details().linkId())) {
                throw InvalidInputException.of("linkId", Reason.TAKEN, Subject.CUSTOMER);
            }
        }
    }

    private CustomerView toView(Customer customer) {
        CustomerDetails details = customer.details();
        CustomerView.Kam kam = customer.kamId()
                .flatMap(users::find)
                .map(user -> new CustomerView.Kam(user.id(), user.username(), user.email()))
                .orElse(null);
        return new CustomerView(customer.id(), customer.customerNumber(), details.name(), details.companyName(),
                details.email().value(), details.phone().value(), details.address(), details.linkId(),
                details.monthlyRevenue(), details.potentialRevenue(), BigDecimal.ZERO, customer.status().code(),
                customer.joinedOn(), customer.leftOn().orElse(null), kam, customer.createdAt(),
                customer.updatedAt());
    }
}
