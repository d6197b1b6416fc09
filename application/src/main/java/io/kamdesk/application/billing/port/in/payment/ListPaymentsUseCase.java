package io.kamdesk.application.billing.port.in.payment;

import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Viewer;

/** Payments of the bills the viewer may see. */
public interface ListPaymentsUseCase {

    void listPayments(ListPaymentsQuery query, ResultSink<PaymentView> sink);

    PaymentView getPayment(Viewer viewer, long paymentId);
}
