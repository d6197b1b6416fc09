package io.kamdesk.adapter.out.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A list's read on PostgreSQL: one snapshot for its count and its rows. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class ListQueriesIT {

    @Autowired
    ListQueries lists;
    @Autowired
    DSLContext dsl;

    @Test
    void aReadOfItsOwn_isOneReadOnlySnapshot() {
        AtomicReference<String> level = new AtomicReference<>();
        AtomicReference<String> readOnly = new AtomicReference<>();

        lists.readOnly(() -> {
            level.set(setting("transaction_isolation"));
            readOnly.set(setting("transaction_read_only"));
        });

        assertThat(level.get()).isEqualTo("repeatable read");
        assertThat(readOnly.get()).isEqualTo("on");
        assertThat(setting("transaction_isolation")).as("afterwards").isEqualTo("read committed");
    }

    private String setting(String name) {
        return dsl.fetchValue(DSL.field("current_setting({0})", String.class, DSL.inline(name)));
    }
}
