package io.kamdesk.domain.shared;

import java.util.List;
import java.util.Map;

/** One or more fields of a request are invalid; carries every problem found, not just the first. */
public class InvalidInputException extends DomainException {

    private final Map<String, List<String>> fieldErrors;

    public InvalidInputException(Map<String, List<String>> fieldErrors) {
        super("invalid", "Invalid input.");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, List.of(message)));
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}
