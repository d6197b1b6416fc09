package io.kamdesk.domain.crm;

import io.kamdesk.domain.shared.Choices;

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
        return Choices.byCode(values(), CustomerStatus::code, code);
    }
}
