package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.AssignableUserView;
import io.kamdesk.application.crm.port.in.CustomerCommand;
import io.kamdesk.application.crm.port.in.UpsertCustomersUseCase;
import io.kamdesk.application.crm.port.out.CustomerRepository.Located;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.Upserted;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records customers in bulk with the rules of {@link CreateCustomerService} and
 * {@link UpdateCustomerService}: a few reads for the whole list (the customers by e-mail with the
 * caller's scope, the link ids in use, a block of reserved ids), then one bulk insert and one bulk
 * update.
 */
public final class UpsertCustomersService implements UpsertCustomersUseCase {

    private final CustomerRepository customers;
    private final KamDirectory kams;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final CrmSettings settings;

    public UpsertCustomersService(CustomerRepository customers, KamDirectory kams, Transactions transactions,
            BusinessCalendar calendar, CrmSettings settings) {
        this.customers = customers;
        this.kams = kams;
        this.transactions = transactions;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public List<Upserted> upsertCustomers(Viewer actor, List<CustomerCommand> inputs) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction(() -> new Batch(actor, inputs).write());
    }

    /** One call's inputs and what they lead to, e-mail by e-mail. */
    private final class Batch {

        private final Viewer actor;
        private final List<CustomerCommand> inputs;
        private final Instant now = calendar.now();
        private final LocalDate today = calendar.today();
        private final Assignments assignments = new Assignments(new RememberedKams(kams));
        private final Map<EmailAddress, Located> current;
        private final Map<String, Long> linkIdOwners;
        private final Iterator<Long> reservedIds;
        private final Map<EmailAddress, Customer> created = new LinkedHashMap<>();
        private final Map<EmailAddress, Customer> revised = new LinkedHashMap<>();

        Batch(Viewer actor, List<CustomerCommand> inputs) {
            this.actor = actor;
            this.inputs = inputs;
            Set<EmailAddress> emails = inputs.stream().map(UpsertCustomersService::emailOf).flatMap(Optional::stream)
                    .collect(Collectors.toSet());
            this.current = new HashMap<>(emails.isEmpty() ? Map.of() : customers.findByEmailsForUpdate(actor, emails));
            Set<String> linkIds = inputs.stream().map(input -> input.linkId().orElse(null)).filter(Objects::nonNull)
                    .map(String::strip).filter(linkId -> !linkId.isEmpty()).collect(Collectors.toSet());
            this.linkIdOwners = new HashMap<>(linkIds.isEmpty() ? Map.of() : customers.linkIdOwners(linkIds));
            emails.removeAll(current.keySet());
            this.reservedIds = emails.isEmpty() ? List.<Long>of().iterator()
                    : customers.nextIds(emails.size()).iterator();
        }

        List<Upserted> write() {
            List<Upserted> results = new ArrayList<>(inputs.size());
            for (CustomerCommand input : inputs) {
                results.add(upsert(input));
            }
            // updates first: a link id a stored customer gives up may be what a new one takes
            customers.updateAll(List.copyOf(revised.values()));
            customers.insertAll(List.copyOf(created.values()));
            return results;
        }

        private Upserted upsert(CustomerCommand input) {
            Optional<EmailAddress> email = emailOf(input);
            Located located = email.map(current::get).orElse(null);
            if (located != null && !located.visible()) {
                return new Upserted.Refused(InvalidInputException.of("email",
                        Reason.CUSTOMER_NOT_YOURS));
            }
            Customer stored = located == null ? null : located.customer();
            try {
                Customer customer = stored == null ? create(input) : update(stored, input);
                if (stored == null) {
                    remember(customer, null, created);
                    return new Upserted.Created(customer.id());
                }
                if (customer.sameContentAs(stored)) {
                    return new Upserted.Unchanged(stored.id());
                }
                remember(customer, stored, created.containsKey(customer.details().email()) ? created : revised);
                return new Upserted.Updated(customer.id());
            } catch (DomainException refusal) {
                return new Upserted.Refused(refusal);
            }
        }

        private Customer create(CustomerCommand input) {
            FieldErrors errors = new FieldErrors();
            CustomerDetails details = details(input, null, errors);
            Long kam = assignments.resolve(actor, input.assignedSalesPerson(), null, true, true,
                    "assignedSalesPerson", Subject.CUSTOMER, errors);
            CustomerStatus status = Forms.customerStatus(input.status(), CustomerStatus.ACTIVE, errors);
            errors.throwIfAny();
            return Customer.create(reservedIds.next(), settings.numberPrefix(), details, kam, status,
                    input.joinedOn().orElse(null), today, now);
        }

        private Customer update(Customer stored, CustomerCommand input) {
            FieldErrors errors = new FieldErrors();
            CustomerDetails details = details(input, stored, errors);
            Long kam = assignments.resolve(actor, input.assignedSalesPerson(), stored.kamId().orElse(null), false,
                    true, "assignedSalesPerson", Subject.CUSTOMER, errors);
            CustomerStatus status = Forms.customerStatus(input.status(), stored.status(), errors);
            Forms.requireJoinedOnNotCleared(input.joinedOn(), errors);
            errors.throwIfAny();
            Customer updated = stored.revise(details, now).assignKam(kam, now).changeStatus(status, today, now);
            return input.joinedOn().isPresent() ? updated.rejoinDate(input.joinedOn().value(), now) : updated;
        }

        /** Details as {@link Forms#customer} reads them, with the link id unique among stored and batch. */
        private CustomerDetails details(CustomerCommand input, Customer stored, FieldErrors errors) {
            CustomerDetails details = Forms.customer(input, stored == null ? null : stored.details(), errors);
            if (details != null && details.linkId() != null) {
                Long owner = linkIdOwners.get(details.linkId());
                if (owner != null && (stored == null || owner != stored.id())) {
                    errors.add("linkId", Reason.TAKEN, Subject.CUSTOMER);
                }
            }
            return details;
        }

        private void remember(Customer customer, Customer before, Map<EmailAddress, Customer> toWrite) {
            EmailAddress email = customer.details().email();
            current.put(email, new Located(customer, true));
            toWrite.put(email, customer);
            if (before != null && before.details().linkId() != null) {
                linkIdOwners.remove(before.details().linkId(), before.id());
            }
            if (customer.details().linkId() != null) {
                linkIdOwners.put(customer.details().linkId(), customer.id());
            }
        }
    }

    private static Optional<EmailAddress> emailOf(CustomerCommand input) {
        if (!input.email().isPresent() || input.email().value() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(EmailAddress.of(input.email().value()));
        } catch (DomainException invalid) {
            return Optional.empty();
        }
    }

    /** The directory, asked once per user within a batch: a sheet names the same few KAMs many times. */
    private static final class RememberedKams implements KamDirectory {

        private final KamDirectory kams;
        private final Map<Long, Optional<Kam>> byId = new HashMap<>();
        private final Map<String, Optional<Kam>> byLogin = new HashMap<>();

        RememberedKams(KamDirectory kams) {
            this.kams = kams;
        }

        @Override
        public Optional<Kam> findActive(long userId) {
            return byId.computeIfAbsent(userId, kams::findActive);
        }

        @Override
        public Optional<Kam> findActiveByLogin(String usernameOrEmail) {
            return byLogin.computeIfAbsent(usernameOrEmail, kams::findActiveByLogin);
        }

        @Override
        public List<AssignableUserView> listActive() {
            return kams.listActive();
        }
    }
}
