package io.kamdesk.adapter.in.rest.shared;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * A write refused by the database because the record's version moved on since the client read it
 * (its {@code If-Match}): SQLSTATE {@value #SQL_STATE}, raised by the records' version triggers
 * (changeset 016). Nothing was written; the answer is 412 with the record's current ETag.
 */
public final class StaleVersion {

    static final String SQL_STATE = "KD412";
    static final String DETAIL = "The record has changed since you read it (If-Match does not match its ETag); "
            + "nothing was written. Read it again, and send your change with its new ETag.";
    public static final String CODE = "precondition_failed";

    private StaleVersion() {
    }

    static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
