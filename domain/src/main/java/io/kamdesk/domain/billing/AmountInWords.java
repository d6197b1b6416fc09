package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An amount of money in English words the way Bangladeshi invoices write it, in the Indian
 * numbering system (thousand, lakh, crore): 123456.78 is "Taka One Lakh Twenty Three Thousand Four
 * Hundred Fifty Six and Paisa Seventy Eight Only".
 */
public final class AmountInWords {

    private static final String[] ONES = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
        "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
        "Nineteen"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty",
        "Ninety"};
    private static final long CRORE = 10_000_000L;
    private static final long LAKH = 100_000L;
    private static final long THOUSAND = 1_000L;

    private AmountInWords() {
    }

    public static String taka(Money amount) {
        BigDecimal value = amount.amount().abs();
        long taka = value.longValue();
        int paisa = value.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        StringBuilder words = new StringBuilder(amount.isNegative() ? "Minus Taka " : "Taka ");
        words.append(number(taka));
        if (paisa > 0) {
            words.append(" and Paisa ").append(number(paisa));
        }
        return words.append(" Only").toString();
    }

    /** A whole number in words; above 99 crore the crores are themselves counted in words. */
    static String number(long value) {
        if (value == 0) {
            return ONES[0];
        }
        List<String> parts = new ArrayList<>();
        if (value >= CRORE) {
            parts.add(number(value / CRORE) + " Crore");
            value %= CRORE;
        }
        value = group(value, LAKH, "Lakh", parts);
        value = group(value, THOUSAND, "Thousand", parts);
        value = group(value, 100, "Hundred", parts);
        if (value > 0) {
            parts.add(belowHundred((int) value));
        }
        return String.join(" ", parts);
    }

    private static long group(long value, long unit, String name, List<String> parts) {
        if (value >= unit) {
            parts.add(belowHundred((int) (value / unit)) + " " + name);
        }
        return value % unit;
    }

    private static String belowHundred(int value) {
        if (value < ONES.length) {
            return ONES[value];
        }
        return TENS[value / 10] + (value % 10 == 0 ? "" : " " + ONES[value % 10]);
    }
}
