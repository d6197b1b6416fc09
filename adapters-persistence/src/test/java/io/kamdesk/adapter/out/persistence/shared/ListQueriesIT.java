package io.kamdesk.adapter.out.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.testing.CollectingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A list's read on PostgreSQL: one snapshot for its count and its rows, and a count kept under it. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class ListQueriesIT {

    @Autowired
    ListQueries lists;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void rows() {
        dsl.execute("create table if not exists listed_row (id bigint generated always as identity primary key)");
        dsl.execute("truncate listed_row");
        dsl.execute("insert into listed_row default values");
    }

    @Test
    void aStreamedList_isReadInOneSnapshot() {
        List<String> levels = new ArrayList<>();

        lists.stream(dsl.select(DSL.field("current_setting('transaction_isolation')", String.class))
                .from(DSL.table("generate_series(1, 3)")).where(DSL.noCondition()), List.of(),
                ListSpec.everything(), row -> row.value1(), ResultSink.itemsOnly(levels::add));

        assertThat(levels).containsExactly("repeatable read", "repeatable read", "repeatable read");
    }

    @Test
    void aCountedList_isReadInOneSnapshot_withItsLevelSentFirst() {
        CollectingSink<String> levels = new CollectingSink<>();

        lists.stream(dsl.select(DSL.field("current_setting('transaction_isolation')", String.class))
                .from(DSL.table("generate_series(1, 3)")).where(DSL.noCondition()), List.of(),
                ListSpec.everything(), row -> row.value1(), levels);

        assertThat(levels.total()).isEqualTo(3);
        assertThat(levels.items()).containsExactly("repeatable read", "repeatable read", "repeatable read");
    }

    @Test
    void aCount_isReadOncePerSnapshot_andAgainOnceSomethingIsCommitted() {
        List<String> counts = new ArrayList<>();
        DSLContext countingDsl = DSL.using(dsl.configuration().derive(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext context) {
                if (context.sql().contains("count(")) {
                    counts.add(context.sql());
                }
            }
        }));
        ListQueries counting = new ListQueries(countingDsl, new ReadOnlyTransactions(countingDsl, transactionManager));

        long first = total(counting);
        long again = total(counting);
        dsl.execute("insert into listed_row default values");
        long afterCommit = total(counting);

        assertThat(List.of(first, again, afterCommit)).containsExactly(1L, 1L, 2L);
        assertThat(counts).hasSize(2);
    }

    @Test
    void aCountInTheCallersTransaction_seesTheTransactionsOwnWrites() {
        List<Long> totals = new ArrayList<>();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            totals.add(total(lists));
            dsl.execute("insert into listed_row default values");
            totals.add(total(lists));
            status.setRollbackOnly();
        });

        assertThat(totals).containsExactly(1L, 2L);
        assertThat(total(lists)).as("after the rollback").isEqualTo(1);
    }

    private long total(ListQueries queries) {
        CollectingSink<Long> rows = new CollectingSink<>();
        Table<?> listed = DSL.table("listed_row");
        Field<Long> id = DSL.field("id", Long.class);
        queries.stream(dsl.select(id).from(listed).where(DSL.noCondition()), List.of(id.asc()),
                new ListSpec<>(Optional.empty(), List.of(), Optional.of(new PageRequest(1, 1))), Record1::value1,
                rows);
        return rows.total();
    }
}
