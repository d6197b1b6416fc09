package io.kamdesk.application.billing.port.in.payment;

/** Voids a payment: kept and marked, no longer counted in its bill's total received. */
public interface VoidPaymentUseCase {

    PaymentView voidPayment(VoidPaymentCommand command);
}
