package io.kamdesk.domain.identity;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import java.util.regex.Pattern;

/** A login name: letters, digits and {@code @ . + - _}, at most 150 characters (as Django allows). */
public record Username(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[\\p{L}\\p{N}@.+_-]{1,150}$");

    public Username {
        if (value == null || !SHAPE.matcher(value.strip()).matches()) {
            throw new InvalidValueException(Reason.INVALID_USERNAME);
        }
        value = value.strip();
    }

    public static Username of(String value) {
        return new Username(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
