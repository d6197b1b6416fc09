package io.kamdesk.adapter.out.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.adapter.out.persistence.testing.TestPostgres;
import io.kamdesk.adapter.out.persistence.testing.TestPostgres.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A statement carried to its transaction's commit, on PostgreSQL, seen from another session. */
class CommitCarryingDataSourceIT {

    private static final String INSERT = "insert into carried (note) values (?)";

    private TestDatabase database;
    private SingleConnectionDataSource session;
    private CommitCarryingDataSource dataSource;

    @BeforeEach
    void oneSession() throws SQLException {
        database = TestPostgres.freshDatabase();
        session = new SingleConnectionDataSource(database.url(), database.username(), database.password(), true);
        dataSource = new CommitCarryingDataSource(session);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table carried (note text unique not null)");
        }
    }

    @AfterEach
    void close() {
        session.destroy();
    }

    @Test
    void aCarriedStatement_isWrittenByTheCommit_andNotBefore() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CommitCarryingDataSource.sendWithCommit(connection, INSERT, insert -> insert.setString(1, "kept"));
            assertThat(notesSeenElsewhere()).as("before the commit").isZero();

            connection.commit();
            connection.setAutoCommit(true);
        }

        assertThat(notesSeenElsewhere()).isEqualTo(1);
    }

    @Test
    void aCarriedStatement_isDropped_whenTheTransactionRollsBack() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CommitCarryingDataSource.sendWithCommit(connection, INSERT, insert -> insert.setString(1, "dropped"));
            connection.rollback();
            connection.setAutoCommit(true);
        }

        assertThat(notesSeenElsewhere()).isZero();
    }

    @Test
    void aCarriedStatementThatFails_failsTheCommit_andTheTransactionsOtherWritesGoToo() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("insert into carried (note) values ('taken')");
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("insert into carried (note) values ('other write')");
            }
            CommitCarryingDataSource.sendWithCommit(connection, INSERT, insert -> insert.setString(1, "taken"));

            assertThatThrownBy(connection::commit).isInstanceOf(SQLException.class);
            connection.setAutoCommit(true);
        }

        assertThat(notesSeenElsewhere()).as("only the note written before").isEqualTo(1);
    }

    @Test
    void theConnection_goesOnAfterACarriedCommit() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CommitCarryingDataSource.sendWithCommit(connection, INSERT, insert -> insert.setString(1, "first"));
            connection.commit();
            CommitCarryingDataSource.sendWithCommit(connection, INSERT, insert -> insert.setString(1, "second"));
            connection.commit();
            connection.setAutoCommit(true);
        }

        assertThat(notesSeenElsewhere()).isEqualTo(2);
    }

    @Test
    void aCarriedStatement_goesWithTheCommitThatASwitchToAutoCommitMakes() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CommitCarryingDataSource.sendWithCommit(connection, INSERT, insert -> insert.setString(1, "switched"));

            connection.setAutoCommit(true);
        }

        assertThat(notesSeenElsewhere()).isEqualTo(1);
    }

    @Test
    void aSecondStatementForTheSameCommit_isSentAtOnce_andBothAreCommittedTogether() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CommitCarryingDataSource.sendWithCommit(connection, INSERT, insert -> insert.setString(1, "carried"));
            CommitCarryingDataSource.sendWithCommit(connection, INSERT, insert -> insert.setString(1, "at once"));
            assertThat(notesSeenElsewhere()).as("before the commit").isZero();

            connection.commit();
            connection.setAutoCommit(true);
        }

        assertThat(notesSeenElsewhere()).isEqualTo(2);
    }

    @Test
    void outsideATransaction_theStatementIsSentAtOnce() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            CommitCarryingDataSource.sendWithCommit(connection, INSERT, insert -> insert.setString(1, "at once"));

            assertThat(notesSeenElsewhere()).isEqualTo(1);
        }
    }

    private int notesSeenElsewhere() throws SQLException {
        try (Connection other = DriverManager.getConnection(database.url(), database.username(),
                database.password());
                Statement statement = other.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from carried")) {
            count.next();
            return count.getInt(1);
        }
    }
}
