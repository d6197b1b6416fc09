package io.kamdesk.application.billing.port.in.payment;

/** The fields a payment list may be ordered by. */
public enum PaymentSortField {
    ID,
    PAID_ON,
    AMOUNT,
    RECORDED_AT
}
