package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Viewer;

/** Reads customers within the caller's scope, with this month's billed revenue. */
public final class CustomerQueryService implements ListCustomersUseCase {

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
}
