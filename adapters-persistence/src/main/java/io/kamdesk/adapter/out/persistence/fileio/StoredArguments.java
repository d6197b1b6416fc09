package io.kamdesk.adapter.out.persistence.fileio;

import io.kamdesk.domain.shared.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The arguments of a reason as stored text, each {@code kind:value}, read back as the types the
 * wording expects: t text, i whole number, d decimal, s subject, l list of texts, n null.
 */
final class StoredArguments {

    private static final String LIST_SEPARATOR = "\u001f";

    private StoredArguments() {
    }

    static String[] encode(List<Object> arguments) {
        return arguments.stream().map(StoredArguments::encode).toArray(String[]::new);
    }

    static List<Object> decode(String[] stored) {
        List<Object> arguments = new ArrayList<>(stored.length);
        for (String argument : stored) {
            arguments.add(decode(argument));
        }
        return arguments;
    }

    private static String encode(Object argument) {
        return switch (argument) {
            case null -> "n:";
            case Subject subject -> "s:" + subject.name();
            case BigDecimal decimal -> "d:" + decimal.toPlainString();
            case Long number -> "i:" + number;
            case Integer number -> "i:" + number;
            case List<?> list -> "l:" + String.join(LIST_SEPARATOR, list.stream().map(String::valueOf).toList());
            default -> "t:" + argument;
        };
    }

    private static Object decode(String argument) {
        String value = argument.substring(2);
        return switch (argument.charAt(0)) {
            case 'n' -> null;
            case 's' -> Subject.valueOf(value);
            case 'd' -> new BigDecimal(value);
            case 'i' -> Long.valueOf(value);
            case 'l' -> value.isEmpty() ? List.of() : Arrays.asList(value.split(LIST_SEPARATOR, -1));
            default -> value;
        };
    }
}
