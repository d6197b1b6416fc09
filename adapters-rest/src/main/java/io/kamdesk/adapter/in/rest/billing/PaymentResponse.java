package io.kamdesk.adapter.in.rest.billing;

import io.kamdesk.application.billing.port.in.payment.PaymentView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment of the ledger: the bill and customer it belongs to, the amount as a decimal string, who
 * received it and, once void, who voided it, when and why ({@code is_void}).
 */
@Schema(name = "Payment")
record PaymentResponse(long id, long bill, String billNumber, long customer, String customerName,
        @Schema(example = "5000.00") String amount, LocalDate paidOn,
        @Schema(allowableValues = {"cash", "bank_transfer", "cheque", "bkash", "nagad", "rocket", "card",
            "adjustment", "other"}) String method,
        String reference, String remarks, Long receivedBy, String receivedByName, Instant recordedAt,
        boolean isVoid, Instant voidedAt, Long voidedBy, String voidedByName, String voidReason) {

    static PaymentResponse from(PaymentView view) {
        PaymentView.Voided voided = view.voided();
        return new PaymentResponse(view.id(), view.billId(), view.billNumber(), view.customerId(),
                view.customerName(), view.amount().toString(), view.paidOn(), view.method().code(), view.reference(),
                view.remarks(), view.receivedBy(), view.receivedByName(), view.recordedAt(), voided != null,
                voided == null ? null : voided.at(), voided == null ? null : voided.by(),
                voided == null ? null : voided.byName(), voided == null ? null : voided.reason());
    }
}
