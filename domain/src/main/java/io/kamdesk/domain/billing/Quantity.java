package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.Decimals;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How much of a component is billed (Mbps, usually): exact, never negative, at most four decimals
 * and eleven integer digits, stored as {@code numeric(15,4)}.
 */
public record Quantity(BigDecimal value) implements Comparable<Quantity> {

    public static final int DECIMALS = 4;
    public static final int MAX_DIGITS = 15;
    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO);

    public Quantity {
        Objects.requireNonNull(value, "value");
        Decimals.requireSane(value);
        if (value.stripTrailingZeros().scale() > DECIMALS) {
            throw new InvalidValueException(Reason.TOO_MANY_DECIMALS, DECIMALS);
        }
        value = value.setScale(DECIMALS, RoundingMode.UNNECESSARY);
        if (value.precision() - value.scale() > MAX_DIGITS - DECIMALS) {
            throw new InvalidValueException(Reason.TOO_MANY_DIGITS, MAX_DIGITS);
        }
        if (value.signum() < 0) {
            throw new InvalidValueException(Reason.NEGATIVE);
        }
    }

    public static Quantity of(String value) {
        return new Quantity(Decimals.parse(value));
    }

    public static Quantity of(BigDecimal value) {
        return new Quantity(value);
    }

    @Override
    public int compareTo(Quantity other) {
        return value.compareTo(other.value);
    }

    /** Without trailing zeros beyond two decimals: {@code "10.00"}, {@code "1.2500"} as {@code "1.25"}. */
    @Override
    public String toString() {
        return Decimals.written(value);
    }
}
