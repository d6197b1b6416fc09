package io.kamdesk.application.shared;

import java.util.List;
import java.util.Optional;

/**
 * The common part of every list query: a free-text search, an ordering drawn from the resource's
 * allow-list {@code F}, and an optional page. Without a page the whole result is streamed.
 */
public record ListSpec<F extends Enum<F>>(Optional<String> search, List<SortOrder<F>> ordering,
        Optional<PageRequest> page) {

    public ListSpec {
        search = search.map(String::strip).filter(text -> !text.isEmpty());
        ordering = List.copyOf(ordering);
    }

    public static <F extends Enum<F>> ListSpec<F> everything() {
        return new ListSpec<>(Optional.empty(), List.of(), Optional.empty());
    }
}
