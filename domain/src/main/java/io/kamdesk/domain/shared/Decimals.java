package io.kamdesk.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Reads decimal numbers typed by people or sent by clients, refusing what is not one. */
public final class Decimals {

    /** Longer input is not a plausible amount or quantity and could be costly to parse. */
    private static final int MAX_TEXT_LENGTH = 40;

    private Decimals() {
    }

    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT_LENGTH) {
            throw new InvalidValueException(Reason.NOT_A_NUMBER);
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return requireSane(value);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(Reason.NOT_A_NUMBER);
        }
    }

    /**
     * A decimal as amounts and quantities are written: its trailing zeros dropped down to two decimals
     * ({@code 10 -> "10.00"}, {@code 1.2500 -> "1.25"}, {@code 2.1250 -> "2.125"}), never in exponent form.
     */
    public static String written(BigDecimal value) {
        BigDecimal trimmed = value.stripTrailingZeros();
        return (trimmed.scale() < 2 ? trimmed.setScale(2, RoundingMode.UNNECESSARY) : trimmed).toPlainString();
    }

    /** Refuses values whose exponent makes them absurd (1e999999) before any arithmetic touches them. */
    public static BigDecimal requireSane(BigDecimal value) {
        if (value.scale() > 1000 || value.scale() < -1000 || value.precision() > 60) {
            throw new InvalidValueException(Reason.NOT_A_NUMBER);
        }
        return value;
    }
}
