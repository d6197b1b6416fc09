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
        String wanted = code == null ? "" : code.strip();
        for (BillStatus status : values()) {
            if (status.code.equalsIgnoreCase(wanted)) {
                return status;
            }
        }
        throw new InvalidValueException(Reason.INVALID_CHOICE, code,
                Arrays.stream(values()).map(BillStatus::code).toList());
    }
}
