package io.kamdesk.domain.crm;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import java.util.Arrays;

/** Whether a customer is being served. Leaving {@code Active} sets the customer's leaving date. */
public enum CustomerStatus {
    ACTIVE("Active"),
    INACTIVE("Inactive"),
    LOST("Lost");

    private final String code;

    CustomerStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Case-insensitive: "active" and "Active" are the same status. */
    public static CustomerStatus fromCode(String code) {
        String wanted = code == null ? "" : code.strip();
        for (CustomerStatus status : values()) {
            if (status.code.equalsIgnoreCase(wanted)) {
                return status;
            }
        }
        throw new InvalidValueException(Reason.INVALID_CHOICE, code,
                Arrays.stream(values()).map(CustomerStatus::code).toList());
    }
}
