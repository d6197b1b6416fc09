package io.kamdesk.domain.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects the problems of every field of one input so that a client learns all of them at once.
 * Field names are the Java names of the command's components; the adapters rename them.
 */
public final class FieldErrors {

    private final Map<String, List<Violation>> errors = new LinkedHashMap<>();

    public void add(String field, Reason reason, Object... arguments) {
        add(field, Violation.of(reason, arguments));
    }

    public void add(String field, Violation violation) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(violation);
    }

    /** Runs a factory that may refuse its value; a refusal is recorded against the field. */
    public <T> T capture(String field, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidValueException e) {
            e.violations().forEach(violation -> add(field, violation));
            return null;
        }
    }

    public <T> T required(String field, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            add(field, Reason.REQUIRED);
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
