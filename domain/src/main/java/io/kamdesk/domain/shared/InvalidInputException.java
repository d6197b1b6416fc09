package io.kamdesk.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One or more fields of a request are invalid; carries every problem found, not just the first. */
public class InvalidInputException extends DomainException {

    private final Map<String, List<String>> fieldErrors;

    public InvalidInputException(Map<String, List<String>> fieldErrors) {
        super("invalid", "Invalid input.");
        // the order in which problems were found is the order a client shows them in
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fieldErrors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.fieldErrors = Collections.unmodifiableMap(copy);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, List.of(message)));
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}
