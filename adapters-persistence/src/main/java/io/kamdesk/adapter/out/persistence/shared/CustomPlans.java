package io.kamdesk.adapter.out.persistence.shared;

import org.jooq.DSLContext;
import org.jooq.conf.StatementType;

/**
 * For the lookups an import makes once per batch (hundreds of keys at a time): their values are sent
 * inline, so PostgreSQL plans each call for the table as it is now. Sent as a prepared statement,
 * the driver switches to a server-side statement after five calls, whose generic plan, made while a
 * first import was filling an empty table, went on scanning the whole table for every batch (100,000
 * rows into an empty table took minutes instead of seconds). Planning a batch's lookup costs about a
 * millisecond.
 */
public final class CustomPlans {

    private CustomPlans() {
    }

    public static DSLContext of(DSLContext dsl) {
        return dsl.configuration().deriveSettings(settings -> settings.withStatementType(StatementType.STATIC_STATEMENT))
                .dsl();
    }
}
