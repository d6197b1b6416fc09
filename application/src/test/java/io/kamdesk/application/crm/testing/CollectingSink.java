package io.kamdesk.application.crm.testing;

import io.kamdesk.application.shared.ResultSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a list streams: the total (-1 until told) and the items in order. */
public final class CollectingSink<T> implements ResultSink<T> {

    private long total = -1;
    private final List<T> items = new ArrayList<>();

    @Override
    public void total(long count) {
        total = count;
    }

    @Override
    public void item(T item) {
        items.add(item);
    }

    public long total() {
        return total;
    }

    public List<T> items() {
        return List.copyOf(items);
    }
}
