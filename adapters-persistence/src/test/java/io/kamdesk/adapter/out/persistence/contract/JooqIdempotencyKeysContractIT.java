package io.kamdesk.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.shared.JooqIdempotencyKeys;
import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.contract.IdempotencyKeysContract;
import io.kamdesk.application.shared.ActivityContext;
import io.kamdesk.application.shared.port.out.IdempotencyKeys.KeyHold;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The jOOQ adapter keeps the contract the application tests' fake keeps, and a key is held as
 * PostgreSQL makes it: for the holder's transaction; a hold waiting on it finds the holder's answer
 * once the holder commits, the key free once it rolls back; the request's own statements keep their
 * lock waits.
 */
@SpringBootTest(classes = {PersistenceTestApplication.class, JooqIdempotencyKeys.class})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class JooqIdempotencyKeysContractIT extends IdempotencyKeysContract {

    private static final Duration LONG_WAIT = Duration.ofSeconds(30);

    @Autowired
    JooqIdempotencyKeys keys;
    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final List<Connection> holders = new ArrayList<>();

    @Override
    protected IdempotencyKeys keys() {
        return keys;
    }

    @Override
    protected void heldByAnotherRequest(long userId, String key) {
        hold(userId, key);
    }

    @AfterEach
    void letGo() throws SQLException {
        for (Connection holder : holders) {
            holder.rollback();
            holder.close();
        }
    }

    @Test
    void aWaitingHold_findsTheKeyAnswered_whenTheHolderFilesItAndCommits() throws Exception {
        KeyHold hold = holdWhileHeld(41, holder -> {
            try (PreparedStatement file = holder.prepareStatement("insert into idempotency_key (user_id, key, "
                    + "fingerprint, created_at, completed_at, status) values (41, 'held', 'theirs', now(), now(), 201)")) {
                file.executeUpdate();
            }
            holder.commit();
        });

        assertThat(hold).isInstanceOf(KeyHold.Answered.class);
        assertThat(((KeyHold.Answered) hold).record().fingerprint()).isEqualTo("theirs");
    }

    @Test
    void aWaitingHold_findsTheKeyFree_whenTheHolderRollsBack() throws Exception {
        assertThat(holdWhileHeld(42, Connection::rollback)).isInstanceOf(KeyHold.Free.class);
    }

    @Test
    void holdingAKey_leavesTheRequestsOwnLockWaitsAsTheyWere() {
        String before = lockTimeout();

        String during = new TransactionTemplate(transactionManager).execute(status -> {
            assertThat(keys.hold(43, "held", LONG_WAIT)).isInstanceOf(KeyHold.Free.class);
            return lockTimeout();
        });

        assertThat(during).isEqualTo(before);
    }

    @Test
    void holdingAKey_setsTheRequestsActivityContext_asItsFirstStatement() {
        MDC.put(ActivityContext.ACTOR_ID, "77");
        MDC.put(ActivityContext.REQUEST_ID, "request-holding-a-key");
        try {
            String actor = new TransactionTemplate(transactionManager).execute(status -> {
                keys.hold(45, "held", LONG_WAIT);
                return dsl.fetchValue(DSL.field("current_setting('kamdesk.actor_id')", String.class));
            });

            assertThat(actor).isEqualTo("77");
        } finally {
            MDC.clear();
        }
    }

    @Test
    void aKeyHeldByATransaction_isItsUntilTheTransactionEnds() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            keys.hold(44, "held", LONG_WAIT);
            assertThat(heldElsewhere(44, "held")).isTrue();
        });

        assertThat(heldElsewhere(44, "held")).isFalse();
    }

    /**
     * What the hold of a free key relies on: of two statements sent in one round trip, the second takes
     * its snapshot once the first has run, so a read sent with the key's lock sees what the previous
     * holder committed before letting go of it. Shown with a lock that waits, so the commit falls
     * between the two for certain.
     */
    @Test
    void aReadSentWithTheLock_seesWhatThePreviousHolderCommittedBeforeLettingGo() throws Exception {
        Connection holder = hold(46, "held");
        CompletableFuture<Integer> seen = CompletableFuture.supplyAsync(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement lockThenRead = connection.prepareStatement("""
                            select pg_advisory_xact_lock(1768188772, hashtext(46::bigint || ':' || 'held'));
                            select count(*) from idempotency_key where user_id = 46 and key = 'held'""")) {
                connection.setAutoCommit(false);
                lockThenRead.execute();
                lockThenRead.getMoreResults();
                try (var count = lockThenRead.getResultSet()) {
                    count.next();
                    return count.getInt(1);
                } finally {
                    connection.rollback();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitWaiting("%pg_advisory_xact_lock(1768188772%");
        try (PreparedStatement file = holder.prepareStatement("insert into idempotency_key (user_id, key, "
                + "fingerprint, created_at, completed_at, status) values (46, 'held', 'theirs', now(), now(), 201)")) {
            file.executeUpdate();
        }
        holder.commit();

        assertThat(seen.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    }

    /** A hold of a key another transaction holds, once that transaction ends by {@code end}. */
    private KeyHold holdWhileHeld(long userId, TransactionEnd end) throws Exception {
        Connection holder = hold(userId, "held");
        CompletableFuture<KeyHold> hold = CompletableFuture.supplyAsync(() -> keys.hold(userId, "held", LONG_WAIT));
        awaitOneHoldWaiting();
        end.accept(holder);
        return hold.get(30, TimeUnit.SECONDS);
    }

    private interface TransactionEnd {
        void accept(Connection connection) throws SQLException;
    }

    private String lockTimeout() {
        return dsl.fetchValue(DSL.field("current_setting('lock_timeout')", String.class));
    }

    /** Whether another connection finds the key busy. */
    private boolean heldElsewhere(long userId, String key) {
        return CompletableFuture.supplyAsync(() -> keys.hold(userId, key, Duration.ofMillis(50))).join()
                instanceof KeyHold.Busy;
    }

    private Connection hold(long userId, String key) {
        try {
            Connection holder = dataSource.getConnection();
            holders.add(holder);
            holder.setAutoCommit(false);
            try (PreparedStatement hold = holder.prepareStatement("select * from idempotency_key_hold(?, ?, '1s')")) {
                hold.setLong(1, userId);
                hold.setString(2, key);
                hold.executeQuery().close();
            }
            return holder;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Until PostgreSQL shows a hold of a key waiting on a lock. */
    private void awaitOneHoldWaiting() {
        awaitWaiting("%from idempotency_key_hold%");
    }

    /** Until PostgreSQL shows a statement like {@code query} waiting on a lock. */
    private void awaitWaiting(String query) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (dsl.fetchCount(DSL.table("pg_stat_activity"), DSL.condition("wait_event_type = 'Lock' "
                + "and query like ?", query)) == 0) {
            assertThat(System.nanoTime()).as("a statement waits on the lock").isLessThan(deadline);
        }
    }
}
