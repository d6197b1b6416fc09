package io.kamdesk.adapter.in.rest.shared;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kamdesk.application.shared.Patch;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The schema generator's model reader, with the API's own wire forms: a {@code Patch<T>} is on the wire
 * what {@code T} is, or {@code null}; an {@link IdOrName} is an id or a name; a property of a reference
 * type may be {@code null}. Property names follow the mapper it is given (the API's naming rule, see
 * {@code RestConfiguration}).
 */
public class PatchSchemas extends ModelResolver {

    static final String DECIMAL = "DecimalInput";
    static final String ID_OR_NAME = "IdOrName";
    static final String ID_OR_NAME_OR_NULL = "IdOrNameOrNull";
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            DECIMAL, "An amount or quantity in a request: a JSON number or a numeric string (as the API answers "
                    + "them), or \"\" for zero; never null",
            ID_OR_NAME, "A reference by id, or by its name or code",
            ID_OR_NAME_OR_NULL, "A reference by id, or by its name or code; null or \"\" for none");

    public PatchSchemas(ObjectMapper mapper) {
        super(mapper);
        openapi31(true);
    }

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = _mapper.constructType(type.getType());
        if (javaType.getRawClass() == IdOrName.class) {
            return named(context, ID_OR_NAME, idOrName());
        }
        if (javaType.getRawClass() != Patch.class || javaType.containedTypeCount() != 1) {
            Schema<?> schema = super.resolve(type, context, chain);
            return type.isSchemaProperty() && !javaType.isPrimitive() ? nullable(schema) : schema;
        }
        JavaType held = javaType.containedType(0);
        boolean nullRefused = nullRefused(type);
        Schema<?> schema;
        if (held.getRawClass() == IdOrName.class) {
            return nullRefused ? named(context, ID_OR_NAME, idOrName())
                    : named(context, ID_OR_NAME_OR_NULL, nullableIdOrName());
        } else if (held.getRawClass() == BigDecimal.class) {
            return described(named(context, DECIMAL, decimal()), type);
        } else if (List.class.isAssignableFrom(held.getRawClass())
                && held.containedType(0).getRawClass() == IdOrName.class) {
            schema = new ArraySchema().items(named(context, ID_OR_NAME, idOrName()));
        } else {
            schema = super.resolve(new AnnotatedType(held)
                    .ctxAnnotations(type.getCtxAnnotations())
                    .jsonViewAnnotation(type.getJsonViewAnnotation())
                    .schemaProperty(type.isSchemaProperty())
                    .propertyName(type.getPropertyName())
                    .parent(type.getParent())
                    .resolveAsRef(type.isResolveAsRef()), context, chain);
        }
        if (schema != null && schema.get$ref() == null && !nullRefused) {
            schema.addType("null");
        }
        return schema;
    }

    private static boolean nullRefused(AnnotatedType type) {
        return type.getCtxAnnotations() != null && Arrays.stream(type.getCtxAnnotations())
                .anyMatch(NullRefused.class::isInstance);
    }

    /**
     * A property of a reference type may be {@code null} on the wire (the API writes every property,
     * null or not): a plain schema gets the type {@code null} too, a reference is wrapped.
     */
    private static Schema<?> nullable(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.get$ref() != null) {
            Schema<Object> nothing = new Schema<>();
            nothing.addType("null");
            Schema<Object> wrapped = new Schema<>();
            wrapped.anyOf(List.<Schema>of(schema, nothing));
            return wrapped;
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            schema.addType("null");
        }
        return schema;
    }

    private static Schema<?> nullableIdOrName() {
        Schema<Object> nothing = new Schema<>();
        nothing.addType("null");
        Schema<?> schema = idOrName();
        schema.getOneOf().add(nothing);
        return schema;
    }

    /** One named schema for a wire form used by many properties, so that a generated client has one type. */
    private static Schema<?> named(ModelConverterContext context, String name, Schema<?> schema) {
        if (!context.getDefinedModels().containsKey(name)) {
            context.defineModel(name, schema.description(DESCRIPTIONS.get(name)));
        }
        return new Schema<>().$ref(Components.COMPONENTS_SCHEMAS_REF + name);
    }

    /** The property's own description and example stay beside the reference (OpenAPI 3.1 allows it). */
    private static Schema<?> described(Schema<?> reference, AnnotatedType type) {
        if (type.getCtxAnnotations() != null) {
            for (Annotation annotation : type.getCtxAnnotations()) {
                if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema described) {
                    reference.setDescription(described.description().isEmpty() ? null : described.description());
                    reference.setExample(described.example().isEmpty() ? null : described.example());
                }
            }
        }
        return reference;
    }

    private static Schema<?> decimal() {
        Schema<Object> number = new Schema<>();
        number.addType("number");
        Schema<Object> text = new Schema<>();
        text.addType("string");
        text.setPattern("^(\\s*-?\\d+(\\.\\d+)?\\s*)?$");
        Schema<Object> schema = new Schema<>();
        schema.oneOf(List.<Schema>of(number, text));
        return schema;
    }

    private static Schema<?> idOrName() {
        Schema<?> schema = new Schema<>();
        schema.oneOf(new ArrayList<>(List.of(new IntegerSchema().format("int64").description("An id"),
                new StringSchema().description("A name or code, or an id in digits"))));
        return schema;
    }
}
