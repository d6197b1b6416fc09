package io.kamdesk.domain.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A business rule said no. Each subtype maps to one HTTP status at the REST edge; {@link #refusal()}
 * says why and {@link #arguments()} carries what the reason names. The message is for logs only:
 * adapters render the refusal in their own words.
 */
public abstract class DomainException extends RuntimeException {

    private final Refusal refusal;
    private final List<Object> arguments;

    protected DomainException(Refusal refusal, Object... arguments) {
        super(refusal + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.arguments = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(arguments)));
    }

    public Refusal refusal() {
        return refusal;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
