package io.kamdesk.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One or more fields of an input are invalid; carries every problem found, not just the first. Fields
 * are named as the input's components (Java names); adapters rename them.
 */
public class InvalidInputException extends DomainException {

    /** The field name of problems of the input as a whole, which belong to no single field. */
    public static final String WHOLE_INPUT = "";

    private final Map<String, List<Violation>> fieldErrors;

    public InvalidInputException(Map<String, List<Violation>> fieldErrors) {
        super(Refusal.INVALID_INPUT, fieldErrors);
        // the order in which problems were found is the order a client shows them in
        Map<String, List<Violation>> copy = new LinkedHashMap<>();
        fieldErrors.forEach((field, violations) -> copy.put(field, List.copyOf(violations)));
        this.fieldErrors = Collections.unmodifiableMap(copy);
    }

    public static InvalidInputException of(String field, Reason reason, Object... arguments) {
        return new InvalidInputException(Map.of(field, List.of(Violation.of(reason, arguments))));
    }

    public static InvalidInputException of(String field, List<Violation> violations) {
        return new InvalidInputException(Map.of(field, violations));
    }

    public Map<String, List<Violation>> fieldErrors() {
        return fieldErrors;
    }

    /** The reasons filed under {@code field}, in the order found; empty when none. */
    public List<Reason> reasons(String field) {
        return fieldErrors.getOrDefault(field, List.of()).stream().map(Violation::reason).toList();
    }
}
