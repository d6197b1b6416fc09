package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.crm.port.in.LocateCustomersUseCase;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Reads customers within the caller's scope, with this month's billed revenue. */
public final class CustomerQueryService implements ListCustomersUseCase, LocateCustomersUseCase {

    private final CustomerRepository customers;
    private final BusinessCalendar calendar;

    public CustomerQueryService(CustomerRepository customers, BusinessCalendar calendar) {
        this.customers = customers;
        this.calendar = calendar;
    }

    @Override
    public void listCustomers(ListCustomersQuery query, ResultSink<CustomerView> sink) {
        customers.list(query, calendar.thisMonth(), sink);
    }

    @Override
    public CustomerView getCustomer(Viewer viewer, long customerId) {
        return customers.findView(viewer, customerId, calendar.thisMonth()).orElseThrow(CustomerRules::notFound);
    }

    @Override
    public Map<EmailAddress, CustomerLocation> locateByEmail(Viewer viewer, Collection<EmailAddress> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        Map<EmailAddress, CustomerLocation> located = new HashMap<>();
        customers.findKeysByEmails(viewer, emails).forEach((email, key) ->
                located.put(email, new CustomerLocation(key.id(), key.visible())));
        return located;
    }
}
