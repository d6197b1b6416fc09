package io.kamdesk.domain.shared;

import java.util.Arrays;
import java.util.function.Function;

/** Coded choices (a status, a payment method) read from the code a client or a row gives. */
public final class Choices {

    private Choices() {
    }

    /**
     * The choice whose code is {@code code}, ignoring case and blanks around it; anything else is
     * refused as {@link Reason#INVALID_CHOICE}, naming the codes there are.
     */
    public static <E extends Enum<E>> E byCode(E[] choices, Function<E, String> codeOf, String code) {
        String wanted = code == null ? "" : code.strip();
        for (E choice : choices) {
            if (codeOf.apply(choice).equalsIgnoreCase(wanted)) {
                return choice;
            }
        }
        throw new InvalidValueException(Reason.INVALID_CHOICE, code, Arrays.stream(choices).map(codeOf).toList());
    }
}
