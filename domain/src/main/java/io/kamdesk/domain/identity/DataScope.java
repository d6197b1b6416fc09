package io.kamdesk.domain.identity;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import java.util.Arrays;

/** Which records a role reaches: every record, or only those the user owns or is the KAM of. */
public enum DataScope {
    ALL("all"),
    OWN("own");

    private final String code;

    DataScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DataScope fromCode(String code) {
        return Arrays.stream(values())
                .filter(scope -> scope.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(Reason.INVALID_DATA_SCOPE, code));
    }
}
