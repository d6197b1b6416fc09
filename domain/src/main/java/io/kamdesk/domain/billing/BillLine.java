package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import java.util.Objects;

/** One component of a bill: a quantity at a unit price, whose product fits a money column. */
public record BillLine(BandwidthComponent component, Quantity quantity, Money unitPrice) {

    public static BillLine empty(BandwidthComponent component) {
        return new BillLine(component, Quantity.ZERO, Money.ZERO);
    }

    public BillLine {
        Objects.requireNonNull(component);
        Objects.requireNonNull(quantity);
        Objects.requireNonNull(unitPrice);
        if (unitPrice.isNegative()) {
            throw new InvalidValueException(Reason.NEGATIVE);
        }
        try {
            unitPrice.times(quantity.value());
        } catch (InvalidValueException e) {
            // each value fits its column, their product may not fit a money column
            throw new InvalidValueException(Reason.LINE_TOO_LARGE, Money.LARGEST);
        }
    }

    /** Quantity × unit price, rounded half-up to the cent before lines are added (SPEC §4). */
    public Money amount() {
        return unitPrice.times(quantity.value());
    }
}
