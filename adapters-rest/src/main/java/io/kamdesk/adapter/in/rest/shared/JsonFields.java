package io.kamdesk.adapter.in.rest.shared;

import io.kamdesk.application.shared.Patch;
import io.kamdesk.domain.shared.Decimals;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        Optional<Reference> reference = referenceOf(value);
        if (reference.isEmpty()) {
            errors.add(name, "Incorrect type. Expected pk value or name, received " + typeOf(value) + ".");
        }
        return reference;
    }

    /** Null and "" are none (DRF's reading of an empty related field); numbers are ids; other text is a name. */
    private static Optional<Reference> referenceOf(JsonNode value) {
        if (value.isNull() || value.isString() && value.asString().isBlank()) {
            return Optional.of(Reference.NONE);
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Optional.of(new Reference(value.asLong(), null));
        }
        if (value.isString()) {
            String text = value.asString().strip();
            return Optional.of(text.matches("\\d{1,18}") ? new Reference(Long.parseLong(text), null)
                    : new Reference(null, text));
        }
        return Optional.empty();
    }

    /**
     * A list of references, each a whole number (an id) or a string (a name or code, or an id written
     * as text); absent: empty; null or another type: a field error.
     */
    public Optional<List<Reference>> references(String name) {
        if (!body.has(name)) {
            return Optional.empty();
        }
        JsonNode value = body.get(name);
        if (!value.isArray()) {
            errors.add(name, "Expected a list of items but got type \"" + typeOf(value) + "\".");
            return Optional.empty();
        }
        List<Reference> references = new ArrayList<>();
        for (JsonNode item : value) {
            Optional<Reference> reference = referenceOf(item);
            if (reference.isEmpty() || reference.get().isNone()) {
                errors.add(name, "Incorrect type. Expected pk value or name, received " + typeOf(item) + ".");
                return Optional.empty();
            }
            references.add(reference.get());
        }
        return Optional.of(references);
    }

    /** A text field for partial updates: absent, null (clear), or its text. */
    public Patch<String> patchText(String name) {
        if (!body.has(name)) {
            return Patch.absent();
        }
        JsonNode value = body.get(name);
        if (value.isNull()) {
            return Patch.of(null);
        }
        return text(name).map(Patch::of).orElse(Patch.absent());
    }

    /**
     * An exact decimal sent as a JSON number or a numeric string. The API's decimals are amounts and
     * quantities whose absence is zero, so an empty string (a form's empty number field) is zero.
     */
    public Patch<BigDecimal> patchDecimal(String name) {
        if (!body.has(name)) {
            return Patch.absent();
        }
        JsonNode value = body.get(name);
        if (value.isNull()) {
            return Patch.of(null);
        }
        if (value.isString() && value.asString().isBlank()) {
            return Patch.of(BigDecimal.ZERO);
        }
        try {
            if (value.isNumber()) {
                return Patch.of(Decimals.requireSane(value.decimalValue()));
            }
            if (value.isString()) {
                return Patch.of(Decimals.parse(value.asString()));
            }
        } catch (InvalidValueException | ArithmeticException | NumberFormatException e) {
            // reported below like any other unusable value
        }
        errors.add(name, "A valid number is required.");
        return Patch.absent();
    }

    /** A date written {@code YYYY-MM-DD}. */
    public Patch<LocalDate> patchDate(String name) {
        if (!body.has(name)) {
            return Patch.absent();
        }
        JsonNode value = body.get(name);
        if (value.isNull() || value.isString() && value.asString().isBlank()) {
            return Patch.of(null);
        }
        if (value.isString()) {
            try {
                return Patch.of(LocalDate.parse(value.asString().strip()));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(name, "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
        return Patch.absent();
    }

    /** The id of a related record, as a number or numeric string; null or "" (DRF's none) to clear. */
    public Patch<Long> patchId(String name) {
        if (!body.has(name)) {
            return Patch.absent();
        }
        JsonNode value = body.get(name);
        if (value.isNull() || value.isString() && value.asString().isBlank()) {
            return Patch.of(null);
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Patch.of(value.asLong());
        }
        if (value.isString() && value.asString().strip().matches("\\d{1,18}")) {
            return Patch.of(Long.parseLong(value.asString().strip()));
        }
        errors.add(name, "Incorrect type. Expected pk value, received " + typeOf(value) + ".");
        return Patch.absent();
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
