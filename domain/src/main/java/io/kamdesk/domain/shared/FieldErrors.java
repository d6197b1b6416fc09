package io.kamdesk.domain.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects the problems of every field of one input so that a client learns all of them at once.
 * Field names are the Java names of the command's components; the REST edge renames them.
 */
public final class FieldErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public void add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    /** Runs a factory that may refuse its value; a refusal is recorded against the field. */
    public <T> T capture(String field, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidValueException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    public <T> T required(String field, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            add(field, "This field is required.");
            return null;
        }
        return value;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
