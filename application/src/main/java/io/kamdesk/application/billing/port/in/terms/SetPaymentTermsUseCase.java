package io.kamdesk.application.billing.port.in.terms;

/** Sets or clears the payment terms of a customer the viewer may see; the aging follows at once. */
public interface SetPaymentTermsUseCase {

    PaymentTermsView setPaymentTerms(SetPaymentTermsCommand command);
}
