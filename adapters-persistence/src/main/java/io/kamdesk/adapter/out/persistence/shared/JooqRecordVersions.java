package io.kamdesk.adapter.out.persistence.shared;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILL;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILLING_RUN;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.IMPORT_JOB;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.INVOICE;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PAYMENT;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PROSPECT;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.ROLE;

import io.kamdesk.application.shared.VersionedRecord;
import io.kamdesk.application.shared.port.out.RecordVersions;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Each versioned record's table, and its row's version (changeset 016 keeps it). Every record's
 * {@code GET} and conditional write reads one, so each table's statement is rendered once, here,
 * instead of by jOOQ on every read, and sent with whatever the transaction has to send first.
 */
@Repository
public class JooqRecordVersions implements RecordVersions {

    private final DSLContext dsl;
    private final Map<VersionedRecord, String> versionOf = new EnumMap<>(VersionedRecord.class);

    public JooqRecordVersions(DSLContext dsl) {
        this.dsl = dsl;
        for (VersionedRecord record : VersionedRecord.values()) {
            Table<?> table = table(record);
            versionOf.put(record, dsl.render(dsl.select(table.field("version", Long.class)).from(table)
                    .where(table.field("id", Long.class).eq(DSL.param("id", Long.class)))));
        }
    }

    /** Read as the first statement of a record's read, it carries what opens the transaction. */
    @Override
    public Optional<Long> version(VersionedRecord record, long id) {
        return dsl.connectionResult(connection -> ActivityContextDataSource.queryFirst(connection,
                versionOf.get(record), (statement, last) -> statement.setLong(last + 1, id),
                rows -> rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty()));
    }

    private static Table<?> table(VersionedRecord record) {
        return switch (record) {
            case USER -> APP_USER;
            case ROLE -> ROLE;
            case PROSPECT -> PROSPECT;
            case CUSTOMER -> CUSTOMER;
            case BILL -> BILL;
            case PAYMENT -> PAYMENT;
            case INVOICE -> INVOICE;
            case IMPORT_JOB -> IMPORT_JOB;
            case BILLING_RUN -> BILLING_RUN;
        };
    }
}
