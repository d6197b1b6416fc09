package io.kamdesk.domain.identity;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import java.util.regex.Pattern;

/** A permission, written {@code resource:action} (for example {@code bills:read}). */
public record PermissionCode(String value) implements Comparable<PermissionCode> {

    private static final Pattern SHAPE = Pattern.compile("^[a-z_]+:[a-z_]+$");

    public PermissionCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(Reason.INVALID_PERMISSION_CODE, value);
        }
    }

    public static PermissionCode of(String value) {
        return new PermissionCode(value);
    }

    public String resource() {
        return value.substring(0, value.indexOf(':'));
    }

    public String action() {
        return value.substring(value.indexOf(':') + 1);
    }

    @Override
    public int compareTo(PermissionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
