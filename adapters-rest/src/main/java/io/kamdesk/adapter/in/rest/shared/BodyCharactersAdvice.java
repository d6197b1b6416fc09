package io.kamdesk.adapter.in.rest.shared;

import io.kamdesk.application.shared.Patch;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;

/**
 * Every JSON body, once read and before a controller sees it, is searched for text no field may
 * hold (see {@link TextCharacters}); each offending top-level field is reported in one 400, and
 * nothing is written.
 */
@ControllerAdvice
public class BodyCharactersAdvice extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (body instanceof JsonNode node && node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                firstProblem(field.getValue()).ifPresent(problem -> errors.put(field.getKey(), List.of(problem)));
            }
        } else if (body instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                firstProblem(valueOf(component, record)).ifPresent(problem ->
                        errors.put(JsonNames.snakeCase(component.getName()), List.of(problem)));
            }
        } else {
            firstProblem(body).ifPresent(problem -> errors.put(Wording.NON_FIELD_ERRORS, List.of(problem)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return body;
    }

    private static Optional<String> firstProblem(Object value) {
        return switch (value) {
            case null -> Optional.empty();
            case String text -> TextCharacters.problemOf(text);
            case JsonNode node when node.isString() -> TextCharacters.problemOf(node.asString());
            case JsonNode node when node.isContainer() -> node.valueStream()
                    .map(BodyCharactersAdvice::firstProblem).flatMap(Optional::stream).findFirst();
            case JsonNode node -> Optional.empty();
            case Optional<?> optional -> optional.flatMap(BodyCharactersAdvice::firstProblem);
            case Patch<?> patch -> patch.isPresent() ? firstProblem(patch.value()) : Optional.empty();
            case Collection<?> items -> items.stream()
                    .map(BodyCharactersAdvice::firstProblem).flatMap(Optional::stream).findFirst();
            case Map<?, ?> map -> map.values().stream()
                    .map(BodyCharactersAdvice::firstProblem).flatMap(Optional::stream).findFirst();
            case Record record -> Arrays.stream(record.getClass().getRecordComponents())
                    .map(component -> firstProblem(valueOf(component, record)))
                    .flatMap(Optional::stream).findFirst();
            default -> Optional.empty();
        };
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
