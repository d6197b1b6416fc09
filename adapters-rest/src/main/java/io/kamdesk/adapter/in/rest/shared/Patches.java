package io.kamdesk.adapter.in.rest.shared;

import io.kamdesk.application.shared.Patch;
import java.util.Optional;

/** Reading a request's {@code Patch} fields where a use case takes an {@code Optional} or a plain value. */
public final class Patches {

    private Patches() {
    }

    /** Absent: empty; {@code null}: {@code ""} (a text field is emptied, never nulled); else the text. */
    public static Optional<String> text(Patch<String> field) {
        return field.isPresent() ? Optional.of(field.value() == null ? "" : field.value()) : Optional.empty();
    }

    /** Absent or {@code null}: empty. */
    public static <T> Optional<T> value(Patch<T> field) {
        return field.isPresent() ? Optional.ofNullable(field.value()) : Optional.empty();
    }

    /** The value sent, or {@code otherwise} when absent or {@code null}. */
    public static <T> T valueOr(Patch<T> field, T otherwise) {
        return value(field).orElse(otherwise);
    }
}
