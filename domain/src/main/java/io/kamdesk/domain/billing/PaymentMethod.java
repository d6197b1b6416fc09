package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.Choices;

/**
 * How money reached a bill. {@link #ADJUSTMENT} is not money moving but a correction of what was
 * recorded: the only kind that may be negative, and the kind a bill's {@code total_received} set
 * directly (the older contract, imports) is recorded as.
 */
public enum PaymentMethod {
    CASH("cash"),
    BANK_TRANSFER("bank_transfer"),
    CHEQUE("cheque"),
    BKASH("bkash"),
    NAGAD("nagad"),
    ROCKET("rocket"),
    CARD("card"),
    ADJUSTMENT("adjustment"),
    OTHER("other");

    private final String code;

    PaymentMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static PaymentMethod fromCode(String code) {
        return Choices.byCode(values(), PaymentMethod::code, code);
    }
}
