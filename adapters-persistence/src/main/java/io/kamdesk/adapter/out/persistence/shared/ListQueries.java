package io.kamdesk.adapter.out.persistence.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectSeekStepN;
import org.jooq.SelectConditionStep;
import org.jooq.SelectForUpdateStep;
import org.jooq.SelectLimitStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The one implementation of list queries: search, allow-listed ordering with a stable tie-breaker,
 * the count, and paging or streaming. Rows are streamed through a server-side cursor inside a
 * read-only transaction, so a list of any length uses the same small amount of memory.
 *
 * <p>A count is kept under the snapshot it was read in (decision 0047): a page asked again before
 * anything is committed reads its rows, not every matching row again.
 */
@Component
public class ListQueries {

    /** Rows per round trip of a streamed list: a few megabytes at most, and few round trips for a million rows. */
    private static final int FETCH_SIZE = 2_000;
    private static final int MAX_COUNTS = 10_000;
    private static final Duration COUNTS_KEPT_FOR = Duration.ofMinutes(10);

    private final DSLContext dsl;
    private final ReadOnlyTransactions readOnly;
    private final Cache<CountKey, Integer> counts = Caffeine.newBuilder()
            .maximumSize(MAX_COUNTS)
            .expireAfterWrite(COUNTS_KEPT_FOR)
            .build();

    public ListQueries(DSLContext dsl, ReadOnlyTransactions readOnly) {
        this.dsl = dsl;
        this.readOnly = readOnly;
    }

    /** A count's statement, with its values written in, as read in one snapshot. */
    private record CountKey(String snapshot, String statement) {
    }

    /** A case-insensitive substring match of the search text over any of the fields. */
    public static Condition search(ListSpec<?> spec, Field<?>... fields) {
        if (spec.search().isEmpty()) {
            return DSL.noCondition();
        }
        String pattern = "%" + escapeLike(spec.search().get()) + "%";
        List<Condition> matches = new ArrayList<>();
        for (Field<?> field : fields) {
            matches.add(field.cast(String.class).likeIgnoreCase(pattern, '\\'));
        }
        return DSL.or(matches);
    }

    /**
     * The requested ordering (or the default), always ending with the unique {@code tieBreaker}, which
     * runs in the direction of the last key: {@code created_at desc nulls last, id desc} is an index
     * on {@code (created_at nulls first, id)} read backwards, so a page is read from the index
     * instead of sorting every matching row.
     */
    public static <F extends Enum<F>> List<SortField<?>> ordering(ListSpec<F> spec, Map<F, Field<?>> columns,
            List<SortOrder<F>> defaultOrdering, Field<?> tieBreaker) {
        List<SortOrder<F>> requested = spec.ordering().isEmpty() ? defaultOrdering : spec.ordering();
        List<SortField<?>> sortFields = new ArrayList<>();
        for (SortOrder<F> order : requested) {
            Field<?> column = columns.get(order.field());
            if (column == null) {
                throw new IllegalArgumentException("no column for ordering by " + order.field());
            }
            if (column.equals(tieBreaker)) {
                // unique and never null: it orders every row, as the key's own index reads them
                sortFields.add(order.descending() ? tieBreaker.desc() : tieBreaker.asc());
                return sortFields;
            }
            sortFields.add(order.descending() ? column.desc().nullsLast() : column.asc().nullsFirst());
        }
        boolean lastDescending = !requested.isEmpty() && requested.getLast().descending();
        sortFields.add(lastDescending ? tieBreaker.desc() : tieBreaker.asc());
        return sortFields;
    }

    /**
     * Counts the rows the query matches (when the sink wants the count), then hands the sink the
     * requested page, or every row when no page was asked for, mapped one at a time.
     */
    public <R extends Record, T> void stream(SelectConditionStep<R> query, List<SortField<?>> ordering,
            ListSpec<?> spec, Function<R, T> mapper, ResultSink<T> sink) {
        stream(query, dsl.selectCount().from(query.asTable("listed")), ordering, spec, mapper, sink);
    }

    /**
     * As {@link #stream(SelectConditionStep, List, ListSpec, Function, ResultSink)}, with the count
     * taken by a cheaper statement that matches the same rows (the base table with the same
     * conditions, where joins cannot add or remove a row).
     */
    public <R extends Record, T> void stream(SelectConditionStep<R> query, Select<? extends Record1<Integer>> count,
            List<SortField<?>> ordering, ListSpec<?> spec, Function<R, T> mapper, ResultSink<T> sink) {
        // jOOQ's steps change the query they are called on: ordered and paged only once it is counted
        Supplier<ResultQuery<R>> rows = () -> {
            SelectSeekStepN<R> ordered = query.orderBy(ordering);
            return spec.page().<ResultQuery<R>>map(page -> paged(ordered, page)).orElse(ordered);
        };
        stream(rows, count, mapper, sink);
    }

    /**
     * As {@link #stream(SelectConditionStep, List, ListSpec, Function, ResultSink)}, for a list of
     * {@code base} rows decorated by joins that neither add nor remove a row (a bill's customer and
     * KAM): {@code where} and {@code ordering} speak of the base table alone. The count and a page's
     * choice of rows read the base table only, and only the page's rows are decorated (a page of 25
     * joins 25 rows, not every matching one before sorting them); a download, which reads every row,
     * is the decorated query as it is.
     */
    public <R extends Record, T> void stream(Table<?> base, Field<Long> id, Condition where,
            Function<Condition, SelectConditionStep<R>> decorated, List<SortField<?>> ordering, ListSpec<?> spec,
            Function<R, T> mapper, ResultSink<T> sink) {
        Select<Record1<Integer>> count = dsl.selectCount().from(base).where(where);
        Supplier<ResultQuery<R>> rows = () -> spec.page()
                .<ResultQuery<R>>map(page -> decorated.apply(id.in(paged(dsl.select(id).from(base).where(where)
                        .orderBy(ordering), page))).orderBy(ordering))
                .orElseGet(() -> decorated.apply(where).orderBy(ordering));
        stream(rows, count, mapper, sink);
    }

    /**
     * The page's size and offset written into the statement, not bound: PostgreSQL costs a bound limit
     * as a tenth of the table, so it never settles on one plan and plans every run anew (decision 0050).
     * Each page is its own statement, planned once per connection.
     */
    private static <R extends Record> SelectForUpdateStep<R> paged(SelectLimitStep<R> ordered, PageRequest page) {
        return ordered.limit(DSL.inline(page.size())).offset(DSL.inline(page.offset()));
    }

    /**
     * In a read-only transaction of its own (or in the caller's): PostgreSQL streams a cursor with a
     * fetch size only inside a transaction, and one of its own reads one snapshot throughout, so a
     * list's count and its rows agree.
     */
    private <R extends Record, T> void stream(Supplier<ResultQuery<R>> rows,
            Select<? extends Record1<Integer>> count, Function<R, T> mapper, ResultSink<T> sink) {
        readOnly.run(own -> {
            if (sink.wantsTotal()) {
                sink.total(own ? keptCount(count) : dsl.fetchValue(count));
            }
            try (Cursor<R> cursor = rows.get().fetchSize(FETCH_SIZE).fetchLazy()) {
                for (R row : cursor) {
                    sink.item(mapper.apply(row));
                }
            }
            return null;
        });
    }

    /**
     * The count as read in this snapshot, by this request or an earlier one: equal snapshots see the
     * same committed rows, and a read-only transaction of its own has none of its own. Its first
     * statement reads the snapshot and carries the transaction's level, in one round trip.
     */
    private int keptCount(Select<? extends Record1<Integer>> count) {
        String snapshot = DataSnapshots.current(dsl);
        return counts.get(new CountKey(snapshot, dsl.renderInlined(count)), missing -> dsl.fetchValue(count));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
