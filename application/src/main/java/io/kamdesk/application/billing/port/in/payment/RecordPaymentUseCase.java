package io.kamdesk.application.billing.port.in.payment;

/**
 * Records money received against a bill the viewer may see; the bill's total received and due
 * follow in the same transaction.
 */
public interface RecordPaymentUseCase {

    PaymentView recordPayment(RecordPaymentCommand command);
}
