package io.kamdesk.domain.shared;

import java.util.regex.Pattern;

/**
 * A phone number as people write it: an optional leading {@code +}, then digits, spaces and dashes,
 * 7 to 20 characters. Kept as text, so leading zeros survive.
 */
public record PhoneNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("^\\+?[0-9][0-9 \\-]*[0-9]$");

    public PhoneNumber {
        String candidate = value == null ? "" : value.strip();
        if (candidate.length() < 7 || candidate.length() > 20 || !SHAPE.matcher(candidate).matches()) {
            throw new InvalidValueException(Reason.INVALID_PHONE);
        }
        value = candidate;
    }

    public static PhoneNumber of(String value) {
        return new PhoneNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
