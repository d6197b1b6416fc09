package io.kamdesk.adapter.out.persistence.shared;

import io.kamdesk.adapter.out.persistence.shared.ActivityContextDataSource.Binder;
import org.jooq.DSLContext;

/**
 * PostgreSQL's current snapshot as text (the oldest running transaction, the next to start and those
 * running between): equal snapshots see the same committed rows, and any commit, or any transaction
 * that starts writing, makes the next one differ. Kept figures and counts are versioned by it.
 */
public final class DataSnapshots {

    private static final String SNAPSHOT = "select pg_current_snapshot()::text";

    private DataSnapshots() {
    }

    /**
     * Read as the first statement of the connection's transaction, so that what the connection has to
     * send first (the transaction's level, the activity context) goes in the same round trip.
     */
    public static String current(DSLContext dsl) {
        return dsl.connectionResult(connection -> ActivityContextDataSource.queryFirst(connection, SNAPSHOT,
                Binder.NONE, rows -> {
                    rows.next();
                    return rows.getString(1);
                }));
    }
}
