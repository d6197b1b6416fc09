package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** One charged component of one of the invoice's bills: quantity × unit price = amount. */
public record InvoiceLine(long billId, String billNumber, BandwidthComponent component, BigDecimal quantity,
        Money unitPrice, Money amount) {

    public InvoiceLine {
        Objects.requireNonNull(billNumber);
        Objects.requireNonNull(component);
        Objects.requireNonNull(quantity);
        Objects.requireNonNull(unitPrice);
        Objects.requireNonNull(amount);
    }
}
