package io.kamdesk.application.billing.port.in.payment;

import io.kamdesk.domain.identity.Viewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money received against a bill, as sent: {@code amount} and {@code method} (a code) are required,
 * {@code paidOn} is today when absent; null for what was not sent.
 */
public record RecordPaymentCommand(Viewer viewer, long billId, BigDecimal amount, LocalDate paidOn, String method,
        String reference, String remarks) {

    public RecordPaymentCommand {
        Objects.requireNonNull(viewer);
    }
}
