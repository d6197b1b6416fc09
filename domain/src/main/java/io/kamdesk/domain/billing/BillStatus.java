package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.Choices;

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
        return Choices.byCode(values(), BillStatus::code, code);
    }
}
