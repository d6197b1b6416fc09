package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.CustomerCommand;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.UpdateCustomerUseCase;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import java.time.Instant;
import java.util.List;

/**
 * Changes a customer the caller may see: details, KAM (only users who see every record may give it
 * to someone else), status (maintaining the leaving date) and joining date.
 */
public final class UpdateCustomerService implements UpdateCustomerUseCase {

    private static final List<String> REQUIRED_ON_REPLACE = List.of("name", "email", "phone");

    private final CustomerRepository customers;
    private final CustomerRules rules;
    private final Assignments assignments;
    private final Transactions transactions;
    private final BusinessCalendar calendar;

    public UpdateCustomerService(CustomerRepository customers, KamDirectory kams, Transactions transactions,
            BusinessCalendar calendar) {
        this.customers = customers;
        this.rules = new CustomerRules(customers, calendar);
        this.assignments = new Assignments(kams);
        this.transactions = transactions;
        this.calendar = calendar;
    }

    @Override
    public CustomerView updateCustomer(Viewer actor, long customerId, CustomerCommand input, boolean replace) {
        return transactions.inTransaction(() -> {
            Customer customer = customers.findVisibleForUpdate(actor, customerId)
                    .orElseThrow(CustomerRules::notFound);
            FieldErrors errors = new FieldErrors();
            if (replace) {
                requireFieldsForReplace(input, errors);
            }
            CustomerDetails details = Forms.customer(input, customer.details(), errors);
            if (details != null) {
                rules.requireUnique(details, customerId, errors);
            }
            Long kam = assignments.resolve(actor, input.assignedSalesPerson(), customer.kamId().orElse(null), false,
                    true, "assignedSalesPerson", Subject.CUSTOMER, errors);
            CustomerStatus status = Forms.customerStatus(input.status(), customer.status(), errors);
            Forms.requireJoinedOnNotCleared(input.joinedOn(), errors);
            errors.throwIfAny();

            Instant now = calendar.now();
            Customer updated = customer.revise(details, now)
                    .assignKam(kam, now)
                    .changeStatus(status, calendar.today(), now);
            if (input.joinedOn().isPresent()) {
                updated = updated.rejoinDate(input.joinedOn().value(), now);
            }
            customers.update(updated);
            return rules.view(actor, customerId);
        });
    }

    private static void requireFieldsForReplace(CustomerCommand input, FieldErrors errors) {
        if (!input.name().isPresent()) {
            errors.add(REQUIRED_ON_REPLACE.get(0), Reason.REQUIRED);
        }
        if (!input.email().isPresent()) {
            errors.add(REQUIRED_ON_REPLACE.get(1), Reason.REQUIRED);
        }
        if (!input.phone().isPresent()) {
            errors.add(REQUIRED_ON_REPLACE.get(2), Reason.REQUIRED);
        }
    }
}
