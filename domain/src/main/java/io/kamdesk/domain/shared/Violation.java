package io.kamdesk.domain.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One broken rule: its {@link Reason} and the arguments the reason names (a maximum, the value given,
 * the allowed values, …). Adapters render it in their own words.
 */
public record Violation(Reason reason, List<Object> arguments) {

    public Violation {
        Objects.requireNonNull(reason, "reason");
        // an argument may be null: the value a client sent as null, say
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Violation of(Reason reason, Object... arguments) {
        return new Violation(reason, Arrays.asList(arguments));
    }

    /** The argument at {@code index}, as the reason documents it. */
    public Object argument(int index) {
        return arguments.get(index);
    }

    @Override
    public String toString() {
        return arguments.isEmpty() ? reason.name() : reason + arguments.toString();
    }
}
