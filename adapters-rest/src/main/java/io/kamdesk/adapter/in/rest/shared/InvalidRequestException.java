package io.kamdesk.adapter.in.rest.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the REST adapter itself refuses before any use case sees it: a body that does not read as
 * its JSON types, characters no text may hold, a missing upload. Field names are the API's JSON names
 * and the sentences are the adapter's own; answered as a 400 like any other invalid input.
 */
public class InvalidRequestException extends RuntimeException {

    private final transient Map<String, List<String>> fieldErrors;

    public InvalidRequestException(Map<String, List<String>> fieldErrors) {
        super("invalid request: " + fieldErrors.keySet(), null, false, false);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fieldErrors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.fieldErrors = Collections.unmodifiableMap(copy);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(Map.of(field, List.of(message)));
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}
