package io.kamdesk.application.billing.port.in.terms;

import io.kamdesk.domain.identity.Viewer;

/** The payment terms of a customer the viewer may see. */
public interface GetPaymentTermsUseCase {

    PaymentTermsView paymentTerms(Viewer viewer, long customerId);
}
