package io.kamdesk.adapter.out.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.adapter.out.persistence.shared.ActivityContextDataSource.ContextSettings;
import io.kamdesk.adapter.out.persistence.shared.ActivityContextDataSource.Opening;
import io.kamdesk.adapter.out.persistence.testing.TestPostgres;
import io.kamdesk.adapter.out.persistence.testing.TestPostgres.TestDatabase;
import io.kamdesk.application.shared.ActivityContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.slf4j.MDC;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What a connection's session holds when its borrower runs something, on PostgreSQL: the borrower's
 * context, also after a rollback undid settings sent inside a transaction, and the next borrower of
 * the same session gets its own. One physical connection throughout, as a pool may hand out.
 */
class ActivityContextDataSourceIT {

    private static final String REPEATABLE_READ = "set transaction isolation level repeatable read";

    private SingleConnectionDataSource session;
    private ActivityContextDataSource dataSource;

    @BeforeEach
    void oneSession() {
        TestDatabase database = TestPostgres.freshDatabase();
        session = new SingleConnectionDataSource(database.url(), database.username(), database.password(), true);
        dataSource = new ActivityContextDataSource(session);
    }

    @AfterEach
    void close() {
        MDC.clear();
        session.destroy();
    }

    @Test
    void theFirstStatement_seesTheBorrowersContext() throws SQLException {
        actingAs("41");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(actor(connection)).isEqualTo("41");
        }
    }

    @Test
    void theNextBorrower_seesItsOwnContext() throws SQLException {
        actingAs("41");
        try (Connection connection = dataSource.getConnection()) {
            actor(connection);
        }
        actingAs("42");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(actor(connection)).isEqualTo("42");
        }
    }

    @Test
    void aContextSentInARolledBackTransaction_isSentAgain_forTheSameAndTheNextBorrower() throws SQLException {
        actingAs("41");
        try (Connection connection = dataSource.getConnection()) {
            actor(connection);
        }
        actingAs("42");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            actor(connection);
            connection.rollback();
            assertThat(actor(connection)).as("the same borrower, after the rollback").isEqualTo("42");
            connection.rollback();
            connection.setAutoCommit(true);
        }
        try (Connection connection = dataSource.getConnection()) {
            assertThat(actor(connection)).as("the next borrower with the same context").isEqualTo("42");
        }
    }

    @Test
    void aCommittedContext_isNotSentAgain_toTheSameBorrowersContext() throws SQLException {
        actingAs("41");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            actor(connection);
            connection.commit();
            connection.setAutoCommit(true);
        }
        try (Connection connection = dataSource.getConnection()) {
            assertThat(ActivityContextDataSource.takeUntold(connection).names()).isEmpty();
        }
    }

    @Test
    void theContextTakenByAStatement_isNotSentByTheConnection() throws SQLException {
        actingAs("41");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ContextSettings untold = ActivityContextDataSource.takeUntold(connection);

            assertThat(untold.names()).contains("kamdesk." + ActivityContext.ACTOR_ID);
            assertThat(untold.values().get(untold.names().indexOf("kamdesk." + ActivityContext.ACTOR_ID)))
                    .isEqualTo("41");
            assertThat(actor(connection)).as("left to the statement that took it").isEmpty();
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    @Test
    void outsideATransaction_theConnectionKeepsItsContextToSendItself() throws SQLException {
        actingAs("41");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(ActivityContextDataSource.takeUntold(connection).names()).isEmpty();
            assertThat(actor(connection)).isEqualTo("41");
        }
    }

    @Test
    void aConnectionUnwrappedForACopy_holdsTheContextFirst() throws SQLException {
        actingAs("41");
        try (Connection connection = dataSource.getConnection()) {
            PGConnection raw = connection.unwrap(PGConnection.class);

            assertThat(actor((Connection) raw)).isEqualTo("41");
        }
    }

    @Test
    void aTransactionsLevel_goesFirst_withTheContext_forThatTransactionOnly() throws SQLException {
        actingAs("41");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ActivityContextDataSource.precedeFirstStatement(connection, REPEATABLE_READ);

            assertThat(setting(connection, "transaction_isolation")).isEqualTo("repeatable read");
            assertThat(actor(connection)).isEqualTo("41");
            connection.commit();
            assertThat(setting(connection, "transaction_isolation")).as("the next transaction")
                    .isEqualTo("read committed");
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    @Test
    void aTransactionsLevel_goesFirst_alsoWhenTheConnectionHoldsTheContext() throws SQLException {
        actingAs("41");
        try (Connection connection = dataSource.getConnection()) {
            actor(connection);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ActivityContextDataSource.precedeFirstStatement(connection, REPEATABLE_READ);

            assertThat(setting(connection, "transaction_isolation")).isEqualTo("repeatable read");
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    @Test
    void aReadOnlyTransaction_isNotTold_andRefusesAnyWrite_whileAWritingOneIsTold() throws SQLException {
        actingAs("41");
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);

            assertThat(actor(connection)).as("read only").isEmpty();
            assertThatThrownBy(() -> execute(connection, "create table written (id int)"))
                    .hasMessageContaining("read-only transaction");
            connection.rollback();
            connection.setReadOnly(false);
            assertThat(actor(connection)).as("the next transaction, which may write").isEqualTo("41");
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    @Test
    void aStatementTakingTheOpening_runsTheLevelAndSetsTheContextItself() throws SQLException {
        actingAs("41");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ActivityContextDataSource.precedeFirstStatement(connection, REPEATABLE_READ);
            Opening opening = ActivityContextDataSource.takeOpening(connection);

            assertThat(opening.before("select 1")).isEqualTo(REPEATABLE_READ + ";\nselect 1");
            assertThat(opening.settings().values()).contains("41");
            assertThat(setting(connection, "transaction_isolation")).as("left to the statement that took it")
                    .isEqualTo("read committed");
            assertThat(actor(connection)).isEmpty();
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    @Test
    void aQueryRunFirst_seesTheTransactionsLevelAndTheContext_sentBeforeIt() throws SQLException {
        actingAs("41");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ActivityContextDataSource.precedeFirstStatement(connection, REPEATABLE_READ);

            String seen = ActivityContextDataSource.queryFirst(connection,
                    "select current_setting('transaction_isolation') || ' as ' || current_setting('kamdesk.actor_id')"
                            + " || ' for ' || ?",
                    (statement, last) -> statement.setString(last + 1, "a parameter of its own"), rows -> {
                        rows.next();
                        return rows.getString(1);
                    });

            assertThat(seen).isEqualTo("repeatable read as 41 for a parameter of its own");
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    @Test
    void aReadOnlyTransactionsOpening_holdsNoSettings() throws SQLException {
        actingAs("41");
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);

            assertThat(ActivityContextDataSource.takeOpening(connection).settings().names()).isEmpty();
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
            assertThat(actor(connection)).as("kept for a statement that may write").isEqualTo("41");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void actingAs(String actorId) {
        MDC.put(ActivityContext.ACTOR_ID, actorId);
        MDC.put(ActivityContext.REQUEST_ID, "request-of-" + actorId);
    }

    private static String actor(Connection connection) throws SQLException {
        return setting(connection, "kamdesk.actor_id");
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery("select current_setting('" + name + "', true)")) {
            setting.next();
            String value = setting.getString(1);
            return value == null ? "" : value;
        }
    }
}
