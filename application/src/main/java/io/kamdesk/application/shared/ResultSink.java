package io.kamdesk.application.shared;

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
}
