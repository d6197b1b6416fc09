package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.Money;
import java.util.List;
import java.util.Objects;

/**
 * An invoice's figures: the subtotal of its lines, the bills' discounts, VAT on the net after
 * discount (rounded half-up to the cent), and the total. Each amount is exact to the cent.
 */
public record InvoiceAmounts(Money subtotal, Money discount, VatRate vatRate, Money vat, Money total) {

    public InvoiceAmounts {
        Objects.requireNonNull(subtotal);
        Objects.requireNonNull(discount);
        Objects.requireNonNull(vatRate);
        Objects.requireNonNull(vat);
        Objects.requireNonNull(total);
    }

    public static InvoiceAmounts of(List<InvoiceLine> lines, Money discount, VatRate rate) {
        Money subtotal = lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
        Money net = subtotal.minus(discount);
        Money vat = rate.on(net);
        return new InvoiceAmounts(subtotal, discount, rate, vat, net.plus(vat));
    }

    public Money net() {
        return subtotal.minus(discount);
    }
}
