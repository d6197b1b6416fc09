package io.kamdesk.domain.shared;

/** Free text fields: trimmed, bounded, never null. */
public final class Text {

    private Text() {
    }

    /** The trimmed text ("" for null), refused when longer than {@code max}. */
    public static String bounded(String raw, int max) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > max) {
            throw new InvalidValueException("Ensure this field has no more than " + max + " characters.");
        }
        return text;
    }

    /** As {@link #bounded}, and refused when empty. */
    public static String required(String raw, int max) {
        String text = bounded(raw, max);
        if (text.isEmpty()) {
            throw new InvalidValueException("This field may not be blank.");
        }
        return text;
    }
}
