package io.kamdesk.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased so that equality is case-insensitive. */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    // local@domain.tld: pragmatic, like the validators users meet elsewhere; no quoted local parts
    private static final Pattern SHAPE = Pattern.compile(
            "^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

    public EmailAddress {
        if (value == null) {
            throw new InvalidValueException(Reason.INVALID_EMAIL);
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches() || value.contains("..")) {
            throw new InvalidValueException(Reason.INVALID_EMAIL);
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw);
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    @Override
    public String toString() {
        return value;
    }
}
