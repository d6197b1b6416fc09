package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;

/** Uniqueness of e-mail and link id, and reading back the result, for the customer use cases. */
final class CustomerRules {

    private final CustomerRepository customers;
    private final BusinessCalendar calendar;

    CustomerRules(CustomerRepository customers, BusinessCalendar calendar) {
        this.customers = customers;
        this.calendar = calendar;
    }

    /** E-mail unique case-insensitively, link id unique when set: a 400 naming the field. */
    void requireUnique(CustomerDetails details, Long ownId, FieldErrors errors) {
        customers.findByEmailForUpdate(details.email())
                .filter(other -> ownId == null || other.id() != ownId)
                .ifPresent(other -> errors.add("email", Reason.TAKEN, Subject.CUSTOMER));
        if (details.linkId() != null && customers.linkIdTaken(details.linkId(), ownId)) {
            errors.add("linkId", Reason.TAKEN, Subject.CUSTOMER);
        }
    }

    CustomerView view(Viewer viewer, long id) {
        return customers.findView(viewer, id, calendar.thisMonth()).orElseThrow(CustomerRules::notFound);
    }

    static NotFoundException notFound() {
        return new NotFoundException(Subject.CUSTOMER);
    }
}
