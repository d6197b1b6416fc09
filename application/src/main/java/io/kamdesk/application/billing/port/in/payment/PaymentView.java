package io.kamdesk.application.billing.port.in.payment;

import io.kamdesk.domain.billing.PaymentMethod;
import io.kamdesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment as lists show it: with its bill's number and its customer, who received it and, once
 * void, who voided it, when and why.
 */
public record PaymentView(long id, long billId, String billNumber, long customerId, String customerName,
        Money amount, LocalDate paidOn, PaymentMethod method, String reference, String remarks, Long receivedBy,
        String receivedByName, Instant recordedAt, Voided voided) {

    /** Who voided the payment, when and why. */
    public record Voided(Long by, String byName, Instant at, String reason) {
    }
}
