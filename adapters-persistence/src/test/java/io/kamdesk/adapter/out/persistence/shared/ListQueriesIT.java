package io.kamdesk.adapter.out.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void aStreamedList_isReadInOneSnapshot() {
        List<String> levels = new ArrayList<>();

        lists.stream(dsl.select(DSL.field("current_setting('transaction_isolation')", String.class))
                .from(DSL.table("generate_series(1, 3)")).where(DSL.noCondition()), List.of(),
                ListSpec.everything(), row -> row.value1(), ResultSink.itemsOnly(levels::add));

        assertThat(levels).containsExactly("repeatable read", "repeatable read", "repeatable read");
    }

    private String setting(String name) {
        return dsl.fetchValue(DSL.field("current_setting({0})", String.class, DSL.inline(name)));
    }
}
