package io.kamdesk.domain.crm;

import java.util.Locale;

/**
 * The customer number printed on documents: {@code <prefix>-<8 letters/digits of the name>-<id>},
 * for example {@code KTL-ACMEINCX-17}. The name part is upper-case ASCII, padded with {@code X}; the
 * id makes the number unique.
 */
public final class CustomerNumber {

    private static final int NAME_PART = 8;

    private CustomerNumber() {
    }

    public static String of(String prefix, String name, long id) {
        StringBuilder part = new StringBuilder(NAME_PART);
        String upper = name == null ? "" : name.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length() && part.length() < NAME_PART; i++) {
            char c = upper.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                part.append(c);
            }
        }
        while (part.length() < NAME_PART) {
            part.append('X');
        }
        return prefix + "-" + part + "-" + id;
    }
}
