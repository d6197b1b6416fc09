package io.kamdesk.adapter.in.rest.shared;

import io.kamdesk.application.shared.Patch;
import io.kamdesk.domain.shared.Decimals;
import io.kamdesk.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the {@code Patch} fields of request bodies as Django REST Framework reads a serializer's
 * fields, so that the existing clients keep working: absent (the field stays), {@code null}, or a
 * value; numbers and ids may come as strings, text may come as numbers, {@code ""} is none for an id
 * or a date and zero for an amount. A value of the wrong type does not stop the reading: each is
 * recorded, and once the whole body is read all of them are answered in one 400, DRF style.
 */
public final class PatchModule extends SimpleModule {

    private static final Object PROBLEMS = BodyProblems.class;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    public PatchModule() {
        super("kamdesk-patch");
        addDeserializer(Patch.class, new PatchDeserializer(Kind.TEXT));
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                return JsonRequest.class.isAssignableFrom(description.getBeanClass())
                        ? new ReportingProblems(deserializer)
                        : deserializer;
            }
        });
    }

    /** The field errors of one body, in the order found. */
    private static final class BodyProblems {

        private final Map<String, List<String>> byField = new LinkedHashMap<>();

        void add(String field, String message) {
            byField.computeIfAbsent(field, name -> new ArrayList<>()).add(message);
        }
    }

    /** Reads a request record, then answers every problem its fields had. */
    private static final class ReportingProblems extends DelegatingDeserializer {

        ReportingProblems(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new ReportingProblems(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (context.getAttribute(PROBLEMS) != null) {
                return super.deserialize(parser, context);
            }
            BodyProblems problems = new BodyProblems();
            context.setAttribute(PROBLEMS, problems);
            Object body = super.deserialize(parser, context);
            if (!problems.byField.isEmpty()) {
                throw new InvalidRequestException(problems.byField);
            }
            return body;
        }
    }

    /** What a Patch holds, and so how its JSON value is read. */
    private enum Kind {
        TEXT(PatchModule::text),
        DECIMAL(PatchModule::decimal),
        ID(PatchModule::id),
        DATE(PatchModule::date),
        BOOLEAN(PatchModule::bool),
        TEXTS(node -> list(node, PatchModule::text, "Not a valid string.")),
        REFERENCE(PatchModule::reference),
        REFERENCES(node -> list(node, PatchModule::reference, null));

        private final Function<JsonNode, Read> reader;

        Kind(Function<JsonNode, Read> reader) {
            this.reader = reader;
        }

        static Kind of(JavaType held) {
            Class<?> raw = held.getRawClass();
            if (raw == BigDecimal.class) {
                return DECIMAL;
            }
            if (raw == Long.class) {
                return ID;
            }
            if (raw == LocalDate.class) {
                return DATE;
            }
            if (raw == Boolean.class) {
                return BOOLEAN;
            }
            if (raw == IdOrName.class) {
                return REFERENCE;
            }
            if (List.class.isAssignableFrom(raw)) {
                return held.containedType(0).getRawClass() == IdOrName.class ? REFERENCES : TEXTS;
            }
            if (raw == String.class) {
                return TEXT;
            }
            throw new IllegalArgumentException("no JSON reading for a Patch of " + held);
        }
    }

    /** A value read, or the sentence saying why it could not be. */
    private record Read(Object value, String problem) {

        static Read of(Object value) {
            return new Read(value, null);
        }

        static Read refused(String problem) {
            return new Read(null, problem);
        }
    }

    private static final class PatchDeserializer extends ValueDeserializer<Patch<?>> {

        private final Kind kind;

        PatchDeserializer(Kind kind) {
            this.kind = kind;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JavaType type = property != null ? property.getType() : context.getContextualType();
            if (type == null || type.containedTypeCount() != 1) {
                return this;
            }
            return new PatchDeserializer(Kind.of(type.containedType(0)));
        }

        @Override
        public Patch<?> deserialize(JsonParser parser, DeserializationContext context) {
            String field = parser.currentName();
            JsonNode node = context.readTree(parser);
            Read read = kind.reader.apply(node);
            if (read.problem() == null) {
                return Patch.of(read.value());
            }
            if (context.getAttribute(PROBLEMS) instanceof BodyProblems problems) {
                problems.add(field, read.problem());
                return Patch.absent();
            }
            throw InvalidRequestException.of(field, read.problem());
        }

        /** An explicit {@code null}: clear the field (or a 400 where it cannot be cleared). */
        @Override
        public Object getNullValue(DeserializationContext context) {
            return Patch.of(null);
        }

        /** Not in the body: the field stays as it is. */
        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return Patch.absent();
        }
    }

    /** Text; numbers and booleans are taken as their text, as DRF's CharField does. */
    private static Read text(JsonNode node) {
        if (node.isNull()) {
            return Read.of(null);
        }
        return node.isValueNode() ? Read.of(node.asString()) : Read.refused("Not a valid string.");
    }

    /** An amount or quantity: a number or a numeric string; {@code ""} is zero (a form's empty field). */
    private static Read decimal(JsonNode node) {
        if (node.isNull()) {
            return Read.of(null);
        }
        if (node.isString() && node.asString().isBlank()) {
            return Read.of(BigDecimal.ZERO);
        }
        try {
            if (node.isNumber()) {
                return Read.of(Decimals.requireSane(node.decimalValue()));
            }
            if (node.isString()) {
                return Read.of(Decimals.parse(node.asString()));
            }
        } catch (InvalidValueException | ArithmeticException | NumberFormatException e) {
            // the same sentence as any other unusable value
        }
        return Read.refused("A valid number is required.");
    }

    /** A related record's id, as a number or digits in a string; {@code ""} is none. */
    private static Read id(JsonNode node) {
        if (node.isNull() || node.isString() && node.asString().isBlank()) {
            return Read.of(null);
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return Read.of(node.asLong());
        }
        if (node.isString() && DIGITS.matcher(node.asString().strip()).matches()) {
            return Read.of(Long.parseLong(node.asString().strip()));
        }
        return Read.refused("Incorrect type. Expected pk value, received " + typeOf(node) + ".");
    }

    /** {@code YYYY-MM-DD}; {@code ""} is none. */
    private static Read date(JsonNode node) {
        if (node.isNull() || node.isString() && node.asString().isBlank()) {
            return Read.of(null);
        }
        if (node.isString()) {
            try {
                return Read.of(LocalDate.parse(node.asString().strip()));
            } catch (DateTimeParseException e) {
                // the sentence below
            }
        }
        return Read.refused("Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
    }

    private static Read bool(JsonNode node) {
        if (node.isNull()) {
            return Read.of(null);
        }
        if (node.isBoolean()) {
            return Read.of(node.booleanValue());
        }
        Optional<String> text = node.isString() ? Optional.of(node.asString().strip().toLowerCase()) : Optional.empty();
        if (text.filter(value -> value.equals("true") || value.equals("false")).isPresent()) {
            return Read.of(Boolean.parseBoolean(text.get()));
        }
        return Read.refused("Must be a valid boolean.");
    }

    /** An id (number, or digits in a string) or a name; {@code null} and {@code ""} are none. */
    private static Read reference(JsonNode node) {
        if (node.isNull() || node.isString() && node.asString().isBlank()) {
            return Read.of(null);
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return Read.of(new IdOrName(node.asLong(), null));
        }
        if (node.isString()) {
            String text = node.asString().strip();
            return Read.of(DIGITS.matcher(text).matches() ? new IdOrName(Long.parseLong(text), null)
                    : new IdOrName(null, text));
        }
        return Read.refused("Incorrect type. Expected pk value or name, received " + typeOf(node) + ".");
    }

    /** A list whose items are read by {@code item}; none of them may be missing. */
    private static Read list(JsonNode node, Function<JsonNode, Read> item, String itemProblem) {
        if (node.isNull()) {
            return Read.of(null);
        }
        if (!node.isArray()) {
            return Read.refused("Expected a list of items but got type \"" + typeOf(node) + "\".");
        }
        List<Object> items = new ArrayList<>();
        for (JsonNode element : node) {
            Read read = element.isNull() ? Read.refused("This list may not contain null.") : item.apply(element);
            if (read.problem() != null || read.value() == null) {
                return Read.refused(read.problem() != null ? read.problem()
                        : itemProblem != null ? itemProblem : "This list may not contain an empty item.");
            }
            items.add(read.value());
        }
        return Read.of(List.copyOf(items));
    }

    private static String typeOf(JsonNode node) {
        return node.getNodeType().name().toLowerCase();
    }
}
