package io.kamdesk.adapter.in.rest.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Set;

/**
 * Recognises a failure that means "the database cannot be reached right now" (no connection within
 * the pool's timeout, a connection lost, the server shutting down or starting), whatever layers
 * wrapped it. Such a request is answered 503 with {@code Retry-After}: nothing was written, and the
 * same request may succeed in a moment.
 */
final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;
    static final String DETAIL = "The service is temporarily unavailable; try again in a few seconds.";
    static final String CODE = "service_unavailable";

    private DatabaseUnavailable() {
    }

    static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Class 08 (connection exception) and 57P01–57P03 (shutdown, crash shutdown, cannot connect now). */
    private static boolean isUnavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
