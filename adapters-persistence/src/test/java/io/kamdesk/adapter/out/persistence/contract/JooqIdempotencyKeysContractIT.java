package io.kamdesk.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.shared.JooqIdempotencyKeys;
import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.contract.IdempotencyKeysContract;
import io.kamdesk.application.shared.port.out.IdempotencyKeys.KeyClaim;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The jOOQ adapter keeps the contract the application tests' fake keeps, and waits on a key another
 * transaction holds as PostgreSQL makes it: the key is taken once that transaction commits, free once
 * it rolls back, and the request's own statements keep their lock waits.
 */
@SpringBootTest(classes = {PersistenceTestApplication.class, JooqIdempotencyKeys.class})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class JooqIdempotencyKeysContractIT extends IdempotencyKeysContract {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
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
    void aWaitingClaim_findsTheKeyTaken_whenTheHolderCommits() throws Exception {
        assertThat(claimWhileHeld(41, Connection::commit)).isEqualTo(KeyClaim.TAKEN);
    }

    @Test
    void aWaitingClaim_filesTheKey_whenTheHolderRollsBack() throws Exception {
        assertThat(claimWhileHeld(42, Connection::rollback)).isEqualTo(KeyClaim.FILED);
    }

    @Test
    void filingAKey_leavesTheRequestsOwnLockWaitsAsTheyWere() {
        String before = lockTimeout();

        String during = new TransactionTemplate(transactionManager).execute(status -> {
            assertThat(keys.claim(43, "filed", "mine", NOW, LONG_WAIT)).isEqualTo(KeyClaim.FILED);
            return lockTimeout();
        });

        assertThat(during).isEqualTo(before);
    }

    /** A claim of a key another transaction holds, once that transaction ends by {@code end}. */
    private KeyClaim claimWhileHeld(long userId, TransactionEnd end) throws Exception {
        Connection holder = hold(userId, "held");
        CompletableFuture<KeyClaim> claim = CompletableFuture.supplyAsync(
                () -> keys.claim(userId, "held", "mine", NOW, LONG_WAIT));
        awaitOneClaimWaiting();
        end.accept(holder);
        return claim.get(30, TimeUnit.SECONDS);
    }

    private interface TransactionEnd {
        void accept(Connection connection) throws SQLException;
    }

    private String lockTimeout() {
        return dsl.fetchValue(DSL.field("current_setting('lock_timeout')", String.class));
    }

    private Connection hold(long userId, String key) {
        try {
            Connection holder = dataSource.getConnection();
            holders.add(holder);
            holder.setAutoCommit(false);
            try (PreparedStatement insert = holder.prepareStatement(
                    "insert into idempotency_key (user_id, key, fingerprint, created_at) values (?, ?, 'theirs', ?)")) {
                insert.setLong(1, userId);
                insert.setString(2, key);
                insert.setObject(3, OffsetDateTime.parse("2026-12-06T10:00:00Z"));
                insert.executeUpdate();
            }
            return holder;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Until PostgreSQL shows a filing of a key waiting on a lock. */
    private void awaitOneClaimWaiting() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (dsl.fetchCount(DSL.table("pg_stat_activity"), DSL.condition("wait_event_type = 'Lock' "
                + "and query like '%insert into idempotency_key%'")) == 0) {
            assertThat(System.nanoTime()).as("a claim waits on the held key").isLessThan(deadline);
        }
    }
}
