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
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/** Each versioned record's table, and its row's version (changeset 016 keeps it). */
@Repository
public class JooqRecordVersions implements RecordVersions {

    private final DSLContext dsl;

    public JooqRecordVersions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Long> version(VersionedRecord record, long id) {
        Table<?> table = table(record);
        Field<Long> version = table.field("version", Long.class);
        Field<Long> key = table.field("id", Long.class);
        return dsl.select(version).from(table).where(key.eq(id)).fetchOptional(version);
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
