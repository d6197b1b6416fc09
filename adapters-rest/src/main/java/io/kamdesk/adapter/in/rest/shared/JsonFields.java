package io.kamdesk.adapter.in.rest.shared;

import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON object field by field where absent, null and present must be told apart (PATCH), and
 * where a field may take more than one type (a role by id or by name). Type problems are collected
 * as field errors under the JSON names; call {@link #throwIfInvalid()} once everything is read.
 */
public final class JsonFields {

    private final JsonNode body;
    private final FieldErrors errors = new FieldErrors();

    private JsonFields(JsonNode body) {
        this.body = body;
    }

    public static JsonFields of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("non_field_errors", "Invalid data. Expected a JSON object.");
        }
        return new JsonFields(body);
    }

    public boolean has(String name) {
        return body.has(name);
    }

    /** Absent: empty. Null: an empty string. Numbers and booleans are taken as their text. */
    public Optional<String> text(String name) {
        if (!body.has(name)) {
            return Optional.empty();
        }
        JsonNode value = body.get(name);
        if (value.isNull()) {
            return Optional.of("");
        }
        if (value.isValueNode()) {
            return Optional.of(value.asString());
        }
        errors.add(name, "Not a valid string.");
        return Optional.empty();
    }

    /** Absent or null: empty. */
    public Optional<Boolean> bool(String name) {
        if (!body.has(name) || body.get(name).isNull()) {
            return Optional.empty();
        }
        JsonNode value = body.get(name);
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        if (value.isString() && List.of("true", "false").contains(value.asString().strip().toLowerCase())) {
            return Optional.of(Boolean.parseBoolean(value.asString().strip()));
        }
        errors.add(name, "Must be a valid boolean.");
        return Optional.empty();
    }

    /** A list of strings; absent: empty; null or another type: a field error. */
    public Optional<List<String>> texts(String name) {
        if (!body.has(name)) {
            return Optional.empty();
        }
        JsonNode value = body.get(name);
        if (!value.isArray()) {
            errors.add(name, "Expected a list of items but got type \"" + typeOf(value) + "\".");
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString()) {
                errors.add(name, "Not a valid string.");
                return Optional.empty();
            }
            items.add(item.asString());
        }
        return Optional.of(items);
    }

    /** A reference that is a whole number (an id) or a string (a name, or an id written as text). */
    public Optional<Reference> reference(String name) {
        if (!body.has(name)) {
            return Optional.empty();
        }
        JsonNode value = body.get(name);
        if (value.isNull()) {
            return Optional.of(Reference.NONE);
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Optional.of(new Reference(value.asLong(), null));
        }
        if (value.isString() && !value.asString().isBlank()) {
            String text = value.asString().strip();
            return Optional.of(text.matches("\\d{1,18}") ? new Reference(Long.parseLong(text), null)
                    : new Reference(null, text));
        }
        errors.add(name, "Incorrect type. Expected pk value or name, received " + typeOf(value) + ".");
        return Optional.empty();
    }

    public void throwIfInvalid() {
        errors.throwIfAny();
    }

    private static String typeOf(JsonNode value) {
        return value.getNodeType().name().toLowerCase();
    }

    /** A referenced record by id or by name; {@link #NONE} for an explicit null. */
    public record Reference(Long id, String name) {

        public static final Reference NONE = new Reference(null, null);

        public boolean isNone() {
            return id == null && name == null;
        }
    }
}
