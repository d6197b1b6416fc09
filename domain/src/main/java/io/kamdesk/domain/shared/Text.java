package io.kamdesk.domain.shared;

/**
 * Free text fields: trimmed, bounded, never null. Single-line text (names, references) holds no
 * control characters; multi-line text (addresses, notes, remarks) may break lines and hold tabs, but
 * no other control character: none of them is ever typed, and NUL cannot even be stored.
 */
public final class Text {

    private Text() {
    }

    /** Multi-line text: the trimmed text ("" for null), refused when longer than {@code max}. */
    public static String bounded(String raw, int max) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > max) {
            throw new InvalidValueException(Reason.TOO_LONG, max);
        }
        refuseControlCharacters(text, false);
        return text;
    }

    /** Single-line text, as {@link #bounded} without line breaks or tabs. */
    public static String line(String raw, int max) {
        String text = bounded(raw, max);
        refuseControlCharacters(text, true);
        return text;
    }

    /** Single-line text, as {@link #line}, and refused when empty. */
    public static String required(String raw, int max) {
        String text = line(raw, max);
        if (text.isEmpty()) {
            throw new InvalidValueException(Reason.BLANK);
        }
        return text;
    }

    private static void refuseControlCharacters(String text, boolean singleLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (c < 0x20 && (singleLine || !lineBreakOrTab) || c == 0x7f) {
                throw new InvalidValueException(c == 0 ? Reason.NULL_CHARACTER
                        : singleLine && lineBreakOrTab ? Reason.LINE_BREAK
                        : Reason.CONTROL_CHARACTER);
            }
        }
    }
}
