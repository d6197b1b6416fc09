package io.kamdesk.application.shared;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Receives a list as the database produces it, so that no list is ever held in memory whole:
 * first the number of matching rows (before any page is applied), then each row of the page.
 */
public interface ResultSink<T> {

    void total(long count);

    /** Whether {@link #total} is wanted: a download needs no count, and counting a million rows costs. */
    default boolean wantsTotal() {
        return true;
    }

    void item(T item);

    /** This sink, fed rows of another kind, each mapped as it comes; the total as this sink wants it. */
    default <S> ResultSink<S> mappedFrom(Function<S, T> mapper) {
        ResultSink<T> target = this;
        return new ResultSink<>() {
            @Override
            public boolean wantsTotal() {
                return target.wantsTotal();
            }

            @Override
            public void total(long count) {
                target.total(count);
            }

            @Override
            public void item(S item) {
                target.item(mapper.apply(item));
            }
        };
    }

    /** A sink of the rows alone: it wants no total (the caller has it already) and hands each row on. */
    static <T> ResultSink<T> itemsOnly(Consumer<T> items) {
        return new ResultSink<>() {
            @Override
            public boolean wantsTotal() {
                return false;
            }

            @Override
            public void total(long count) {
                // not wanted
            }

            @Override
            public void item(T item) {
                items.accept(item);
            }
        };
    }
}
