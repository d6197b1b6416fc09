package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import java.util.Arrays;

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
        String wanted = code == null ? "" : code.strip();
        for (PaymentMethod method : values()) {
            if (method.code.equalsIgnoreCase(wanted)) {
                return method;
            }
        }
        throw new InvalidValueException(Reason.INVALID_CHOICE, code,
                Arrays.stream(values()).map(PaymentMethod::code).toList());
    }
}
