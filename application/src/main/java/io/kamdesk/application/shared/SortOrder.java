package io.kamdesk.application.shared;

import java.util.Objects;

/** One key of an ordering: a field from the resource's allow-list, ascending or descending. */
public record SortOrder<F extends Enum<F>>(F field, boolean descending) {

    public SortOrder {
        Objects.requireNonNull(field);
    }

    public static <F extends Enum<F>> SortOrder<F> ascending(F field) {
        return new SortOrder<>(field, false);
    }

    public static <F extends Enum<F>> SortOrder<F> descending(F field) {
        return new SortOrder<>(field, true);
    }
}
