package io.kamdesk.adapter.out.persistence.shared;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.shared.VersionedRecord;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** Each record's version as the database keeps it, through the statements rendered once per table. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class JooqRecordVersionsIT {

    @Autowired
    JooqRecordVersions versions;
    @Autowired
    DSLContext dsl;

    @Test
    void aRowsVersion_isReadForItsId_andMovesWithEveryWrite() {
        long user = dsl.insertInto(APP_USER).set(APP_USER.EMAIL, "versioned@versions.test")
                .set(APP_USER.USERNAME, "versioned").set(APP_USER.PASSWORD_HASH, "hash")
                .returning(APP_USER.ID).fetchSingle().getId();
        Optional<Long> first = versions.version(VersionedRecord.USER, user);

        dsl.update(APP_USER).set(APP_USER.FIRST_NAME, "Changed").where(APP_USER.ID.eq(user)).execute();

        assertThat(first).isPresent();
        assertThat(versions.version(VersionedRecord.USER, user)).contains(first.orElseThrow() + 1);
        assertThat(versions.version(VersionedRecord.USER, user + 1_000)).as("another id").isEmpty();
    }

    @Test
    void everyRecordsTable_answersNoVersionForAMissingRow() {
        for (VersionedRecord record : VersionedRecord.values()) {
            assertThat(versions.version(record, Long.MAX_VALUE)).as(record.name()).isEmpty();
        }
    }
}
