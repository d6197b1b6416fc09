package io.kamdesk.adapter.out.persistence.shared;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Ids reserved from an identity column's own sequence, before the rows exist: customer and bill
 * numbers contain their id. Reserved ids that end up unused leave gaps, as rolled-back inserts do.
 */
public final class IdentitySequence {

    private IdentitySequence() {
    }

    /** {@code count} ids in one round trip. */
    public static List<Long> reserve(DSLContext dsl, Table<?> table, Field<Long> idColumn, int count) {
        Field<String> sequence = DSL.function("pg_get_serial_sequence", String.class,
                DSL.inline(table.getName()), DSL.inline(idColumn.getName()));
        return dsl.select(DSL.function("nextval", Long.class, sequence))
                .from(DSL.generateSeries(1, count))
                .fetch(Record1::value1);
    }
}
