package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.CreateCustomerUseCase;
import io.kamdesk.application.crm.port.in.CustomerCommand;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Subject;

/** Creates a customer with a generated customer number; its KAM is the creator unless named. */
public final class CreateCustomerService implements CreateCustomerUseCase {

    private final CustomerRepository customers;
    private final CustomerRules rules;
    private final Assignments assignments;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final CrmSettings settings;

    public CreateCustomerService(CustomerRepository customers, KamDirectory kams, Transactions transactions,
            BusinessCalendar calendar, CrmSettings settings) {
        this.customers = customers;
        this.rules = new CustomerRules(customers, calendar);
        this.assignments = new Assignments(kams);
        this.transactions = transactions;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public CustomerView createCustomer(Viewer actor, CustomerCommand input) {
        return transactions.inTransaction(() -> {
            FieldErrors errors = new FieldErrors();
            CustomerDetails details = Forms.customer(input, null, errors);
            if (details != null) {
                rules.requireUnique(details, null, errors);
            }
            Long kam = assignments.resolve(actor, input.assignedSalesPerson(), null, true, true,
                    "assignedSalesPerson", Subject.CUSTOMER, errors);
            CustomerStatus status = Forms.customerStatus(input.status(), CustomerStatus.ACTIVE, errors);
            errors.throwIfAny();

            long id = customers.nextId();
            customers.insert(Customer.create(id, settings.numberPrefix(), details, kam, status,
                    input.joinedOn().orElse(null), calendar.today(), calendar.now()));
            return rules.view(actor, id);
        });
    }
}
