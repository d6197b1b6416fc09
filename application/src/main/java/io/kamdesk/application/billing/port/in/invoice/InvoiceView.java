package io.kamdesk.application.billing.port.in.invoice;

import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.billing.InvoiceLine;
import io.kamdesk.domain.billing.InvoiceStatus;
import io.kamdesk.domain.billing.VatRate;
import io.kamdesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as read: its figures, what its bills' payments have paid of it and what is still due,
 * and the customer it is addressed to. {@code status} is {@link InvoiceStatus#PAID} for an issued
 * invoice its payments cover.
 */
public record InvoiceView(long id, String number, InvoiceCustomer customer, BillingMonth month, InvoiceStatus status,
        LocalDate issueDate, LocalDate dueDate, VatRate vatRate, Money subtotal, Money discount, Money vat,
        Money total, Money paid, List<Long> billIds, List<InvoiceLine> lines, String voidReason, Instant voidedAt,
        Long createdBy, Instant createdAt, Instant updatedAt) {

    public InvoiceView {
        billIds = List.copyOf(billIds);
        lines = List.copyOf(lines);
    }

    /** What is still owed: the total less what was paid; negative when overpaid. */
    public Money due() {
        return total.minus(paid);
    }

    /** The customer block of an invoice; {@code kam} is the KAM's username, or null. */
    public record InvoiceCustomer(long id, String customerNumber, String name, String companyName, String email,
            String phone, String address, Long kamId, String kam) {
    }
}
