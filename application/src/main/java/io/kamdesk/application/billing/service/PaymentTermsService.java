package io.kamdesk.application.billing.service;

import io.kamdesk.application.billing.port.in.terms.GetPaymentTermsUseCase;
import io.kamdesk.application.billing.port.in.terms.PaymentTermsView;
import io.kamdesk.application.billing.port.in.terms.SetPaymentTermsCommand;
import io.kamdesk.application.billing.port.in.terms.SetPaymentTermsUseCase;
import io.kamdesk.application.billing.port.out.BillableCustomers;
import io.kamdesk.application.billing.port.out.CustomerPaymentTerms;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;

/** Customers' own payment terms, for customers the viewer may see; the setting's terms otherwise. */
public final class PaymentTermsService implements GetPaymentTermsUseCase, SetPaymentTermsUseCase {

    private final BillableCustomers customers;
    private final CustomerPaymentTerms terms;
    private final Transactions transactions;
    private final int defaultDays;

    public PaymentTermsService(BillableCustomers customers, CustomerPaymentTerms terms, Transactions transactions,
            int defaultDays) {
        this.customers = customers;
        this.terms = terms;
        this.transactions = transactions;
        this.defaultDays = defaultDays;
    }

    @Override
    public PaymentTermsView paymentTerms(Viewer viewer, long customerId) {
        requireVisible(viewer, customerId);
        return view(customerId, terms.find(customerId).orElse(null));
    }

    @Override
    public PaymentTermsView setPaymentTerms(SetPaymentTermsCommand command) {
        Integer days = command.days();
        if (days != null && (days < 0 || days > SetPaymentTermsCommand.MAX_DAYS)) {
            throw InvalidInputException.of("days", Reason.OUT_OF_RANGE, 0, SetPaymentTermsCommand.MAX_DAYS);
        }
        return transactions.inTransaction(() -> {
            requireVisible(command.viewer(), command.customerId());
            terms.set(command.customerId(), days);
            return view(command.customerId(), days);
        });
    }

    private void requireVisible(Viewer viewer, long customerId) {
        if (customers.findVisible(viewer, customerId).isEmpty()) {
            throw new NotFoundException(Subject.CUSTOMER);
        }
    }

    private PaymentTermsView view(long customerId, Integer days) {
        return new PaymentTermsView(customerId, days, days == null ? defaultDays : days, defaultDays);
    }
}
