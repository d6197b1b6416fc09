package io.kamdesk.application.crm.testing;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * The in-memory counterpart of the SQL list machinery: a case-insensitive substring search over the
 * named text fields, the requested ordering (or the resource's default) with ascending nulls first
 * and descending nulls last, always ending with the id as tie-breaker, then the total and the page.
 */
final class Listing {

    private Listing() {
    }

    static <T> boolean matchesSearch(ListSpec<?> spec, T row, List<Function<T, String>> fields) {
        if (spec.search().isEmpty()) {
            return true;
        }
        String needle = spec.search().get().toLowerCase(Locale.ROOT);
        return fields.stream()
                .map(field -> field.apply(row))
                .filter(Objects::nonNull)
                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(needle));
    }

    static <F extends Enum<F>, T, V> void stream(Stream<T> matching, ListSpec<F> spec,
            Map<F, Function<T, Comparable<?>>> columns, List<SortOrder<F>> defaultOrdering, ToLongFunction<T> id,
            Function<T, V> view, ResultSink<V> sink) {
        List<T> rows = matching.sorted(ordering(spec, columns, defaultOrdering, id)).toList();
        sink.total(rows.size());
        Stream<T> page = rows.stream();
        if (spec.page().isPresent()) {
            page = page.skip(spec.page().get().offset()).limit(spec.page().get().size());
        }
        page.map(view).forEach(sink::item);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <F extends Enum<F>, T> Comparator<T> ordering(ListSpec<F> spec,
            Map<F, Function<T, Comparable<?>>> columns, List<SortOrder<F>> defaultOrdering, ToLongFunction<T> id) {
        List<SortOrder<F>> requested = spec.ordering().isEmpty() ? defaultOrdering : spec.ordering();
        Comparator<T> comparator = (a, b) -> 0;
        for (SortOrder<F> order : requested) {
            Function<T, Comparable<?>> column = Objects.requireNonNull(columns.get(order.field()),
                    () -> "no column for ordering by " + order.field());
            Comparator<Comparable> values = order.descending()
                    ? Comparator.nullsLast(Comparator.<Comparable>reverseOrder())
                    : Comparator.nullsFirst(Comparator.<Comparable>naturalOrder());
            comparator = comparator.thenComparing(row -> (Comparable) column.apply(row), values);
        }
        // the tie-breaker runs in the last key's direction, as ListQueries orders it
        boolean lastDescending = !requested.isEmpty() && requested.getLast().descending();
        Comparator<T> byId = Comparator.comparingLong(id);
        return comparator.thenComparing(lastDescending ? byId.reversed() : byId);
    }

    /** Text compared as a case-insensitive collation would. */
    static String collated(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
