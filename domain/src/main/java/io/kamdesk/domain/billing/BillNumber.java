package io.kamdesk.domain.billing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The number printed on a bill:
 * {@code <prefix>-BL-<first 5 letters/digits of the company name, else the name; upper case; padded
 * with X>-<bill id>-<DDMMYYYY of the billing date, else of the creation date>}. Unique because it
 * contains the bill's id; issued once and never changed.
 */
public final class BillNumber {

    private static final int NAME_PART = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("ddMMyyyy");

    private BillNumber() {
    }

    public static String of(String prefix, String companyName, String name, long billId, LocalDate billingDate,
            LocalDate createdOn) {
        String source = lettersAndDigits(companyName).isEmpty() ? name : companyName;
        StringBuilder part = new StringBuilder(lettersAndDigits(source));
        if (part.length() > NAME_PART) {
            part.setLength(NAME_PART);
        }
        while (part.length() < NAME_PART) {
            part.append('X');
        }
        LocalDate day = billingDate != null ? billingDate : createdOn;
        return prefix + "-BL-" + part + "-" + billId + "-" + DAY.format(day);
    }

    private static String lettersAndDigits(String text) {
        StringBuilder kept = new StringBuilder();
        String upper = text == null ? "" : text.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
