package io.kamdesk.adapter.in.rest.shared;

import java.util.Optional;

/**
 * Which characters no text value may carry on its way in. PostgreSQL refuses NUL in text, and an
 * unpaired surrogate is not a character at all (it would be stored as "?"); both are refused in every
 * body and query value. Query values are single-line, so every other C0 control is refused there too;
 * single-line body fields are checked by their domain types.
 */
final class TextCharacters {

    static final String NUL = "Null characters are not allowed.";
    static final String CONTROL = "Control characters are not allowed.";
    static final String SURROGATE = "Invalid Unicode: a surrogate code unit without its pair.";

    private TextCharacters() {
    }

    /** The problem of a value that may span lines (a body's string), if any. */
    static Optional<String> problemOf(String value) {
        return problem(value, false);
    }

    /** The problem of a single-line value (a query parameter), if any. */
    static Optional<String> problemOfSingleLine(String value) {
        return problem(value, true);
    }

    private static Optional<String> problem(String value, boolean singleLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return Optional.of(NUL);
            }
            if (singleLine && c < 0x20) {
                return Optional.of(CONTROL);
            }
            boolean pairStarts = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pairStarts) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(SURROGATE);
            }
        }
        return Optional.empty();
    }
}
