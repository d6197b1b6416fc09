package io.kamdesk.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of money with two decimals, stored as {@code numeric(15,2)}: 19.9 equals 19.90.
 * Amounts arrive as text or numbers; anything that is not a finite decimal with at most two
 * decimals and 13 integer digits is refused with the sentence clients show next to the field.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final int MAX_DIGITS = 15;
    public static final int DECIMALS = 2;
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    /** The largest amount a money column holds. */
    public static final BigDecimal LARGEST = new BigDecimal("9999999999999.99");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Decimals.requireSane(amount);
        if (amount.stripTrailingZeros().scale() > DECIMALS) {
            throw new InvalidValueException(Reason.TOO_MANY_DECIMALS, DECIMALS);
        }
        amount = amount.setScale(DECIMALS, RoundingMode.UNNECESSARY);
        if (amount.precision() - amount.scale() > MAX_DIGITS - DECIMALS) {
            throw new InvalidValueException(Reason.TOO_MANY_DIGITS, MAX_DIGITS);
        }
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money of(String amount) {
        return new Money(Decimals.parse(amount));
    }

    /** An amount that may not be below zero (prices, revenues, payments). */
    public static Money nonNegative(BigDecimal amount) {
        Money money = new Money(amount);
        if (money.isNegative()) {
            throw new InvalidValueException(Reason.NEGATIVE);
        }
        return money;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    /**
     * This price times a quantity, rounded half-up to the cent: the billing rule rounds each line
     * before the lines are added (SPEC §4).
     */
    public Money times(BigDecimal quantity) {
        // an absurd exponent would make the rounding below build a number of millions of digits
        Decimals.requireSane(quantity);
        return new Money(amount.multiply(quantity).setScale(DECIMALS, RoundingMode.HALF_UP));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** Two decimals, no exponent: {@code "5000.00"}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
