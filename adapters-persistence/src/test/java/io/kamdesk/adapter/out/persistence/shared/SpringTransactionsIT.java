package io.kamdesk.adapter.out.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.TransactionSystemException;

/**
 * The application's transactions on PostgreSQL: a read-only one is one snapshot throughout and writes
 * nothing; one whose connection is lost fails with the work's failure.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class SpringTransactionsIT {

    @Autowired
    SpringTransactions transactions;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void rows() {
        dsl.execute("create table if not exists read_row (id bigint generated always as identity primary key)");
        dsl.execute("truncate read_row");
        dsl.execute("insert into read_row default values");
    }

    @Test
    void aReadOfItsOwn_isOneReadOnlySnapshot() {
        AtomicReference<String> level = new AtomicReference<>();
        AtomicReference<String> readOnly = new AtomicReference<>();

        transactions.readOnly(() -> {
            level.set(setting("transaction_isolation"));
            readOnly.set(setting("transaction_read_only"));
            return null;
        });

        assertThat(level.get()).isEqualTo("repeatable read");
        assertThat(readOnly.get()).isEqualTo("on");
        assertThat(setting("transaction_isolation")).as("afterwards").isEqualTo("read committed");
    }

    @Test
    void aReadOnlyTransaction_seesOneSnapshot_notWhatCommitsWhileItRuns() {
        List<Integer> counts = new ArrayList<>();

        transactions.readOnly(() -> {
            counts.add(dsl.fetchCount(dsl.selectFrom("read_row")));
            transactions.independently(() -> dsl.execute("insert into read_row default values"));
            counts.add(dsl.fetchCount(dsl.selectFrom("read_row")));
            return null;
        });

        assertThat(counts).containsExactly(1, 1);
        assertThat(dsl.fetchCount(dsl.selectFrom("read_row"))).as("afterwards").isEqualTo(2);
    }

    @Test
    void aTransactionWhoseConnectionIsLost_failsWithTheWorksFailure_notTheRollbacks() {
        String terminate = "select pg_terminate_backend(pg_backend_pid())";

        Throwable read = catchThrowable(() -> transactions.readOnly(() -> dsl.execute(terminate)));
        Throwable write = catchThrowable(() -> transactions.inTransaction(() -> dsl.execute(terminate)));

        for (Throwable failure : List.of(read, write)) {
            assertThat(failure).isNotInstanceOf(TransactionSystemException.class);
            assertThat(sqlStates(failure)).as("the lost connection's").anyMatch(state -> state.startsWith("08"));
        }
    }

    private String setting(String name) {
        return dsl.fetchValue(DSL.field("current_setting({0})", String.class, DSL.inline(name)));
    }

    private static List<String> sqlStates(Throwable failure) {
        List<String> states = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                states.add(sql.getSQLState());
            }
        }
        return states;
    }

    @Test
    void aReadOnlyTransaction_refusesAnyWrite() {
        assertThatThrownBy(() -> transactions.readOnly(() -> dsl.execute("insert into read_row default values")))
                .hasMessageContaining("read-only transaction");
        assertThat(dsl.fetchCount(dsl.selectFrom("read_row"))).isEqualTo(1);
    }
}
