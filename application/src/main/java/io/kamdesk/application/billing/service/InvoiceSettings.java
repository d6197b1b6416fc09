package io.kamdesk.application.billing.service;

import io.kamdesk.application.billing.port.out.InvoiceDocument;
import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.billing.VatRate;
import java.util.Objects;

/**
 * The invoices' settings: the number prefix ({@code INV} gives {@code INV-202603-000042}), the VAT
 * rate new invoices are issued with, and the company block printed on them.
 */
public record InvoiceSettings(String numberPrefix, VatRate vatRate, InvoiceDocument.Company company) {

    public InvoiceSettings {
        Objects.requireNonNull(numberPrefix);
        Objects.requireNonNull(vatRate);
        Objects.requireNonNull(company);
        if (!numberPrefix.matches("[A-Z0-9]{1,10}")) {
            throw new IllegalArgumentException(
                    "the invoice number prefix must be 1 to 10 upper-case letters or digits");
        }
    }

    /** An invoice's number: the prefix, the month and the reserved id, never reused. */
    public String number(long id, BillingMonth month) {
        return "%s-%d%02d-%06d".formatted(numberPrefix, month.month().getYear(), month.month().getMonthValue(), id);
    }
}
