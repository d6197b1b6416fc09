package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import java.util.Arrays;

/** A bill's own status; only Active bills count as revenue. */
public enum BillStatus {
    ACTIVE("Active"),
    INACTIVE("Inactive");

    private final String code;

    BillStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static BillStatus fromCode(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code.equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(Reason.INVALID_CHOICE, code,
                        Arrays.stream(values()).map(BillStatus::code).toList()));
    }
}
