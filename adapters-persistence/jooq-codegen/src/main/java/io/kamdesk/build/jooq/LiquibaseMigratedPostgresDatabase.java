package io.kamdesk.build.jooq;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.meta.postgres.PostgresDatabase;

/**
 * Lets jOOQ read the schema exactly as PostgreSQL builds it from our Liquibase changelog.
 *
 * <p>jOOQ's own Liquibase support simulates PostgreSQL on H2 and gets types such as
 * {@code timestamptz} and partial indexes wrong, so the build starts a real PostgreSQL instead.
 * Liquibase closes the connection it is given, hence it gets its own.
 */
public class LiquibaseMigratedPostgresDatabase extends PostgresDatabase {

    private EmbeddedPostgres postgres;
    private Connection connection;

    @Override
    protected DSLContext create0() {
        if (connection == null) {
            startAndMigrate();
        }
        return DSL.using(connection, SQLDialect.POSTGRES);
    }

    private void startAndMigrate() {
        try {
            postgres = EmbeddedPostgres.builder().start();
            migrate();
            connection = postgres.getPostgresDatabase().getConnection();
            setConnection(connection);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for code generation", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not connect to the embedded PostgreSQL", e);
        }
    }

    private void migrate() throws SQLException {
        Path changelogDirectory = Path.of(requiredProperty("changelogDirectory"));
        String changelogFile = requiredProperty("changelogFile");
        try (Connection migrationConnection = postgres.getPostgresDatabase().getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(migrationConnection));
            try (var accessor = new DirectoryResourceAccessor(changelogDirectory);
                    var liquibase = new Liquibase(changelogFile, accessor, database)) {
                liquibase.update("");
            }
        } catch (LiquibaseException e) {
            throw new IllegalStateException("the Liquibase changelog does not apply: " + e.getMessage(), e);
        } catch (Exception e) {
            if (e instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("could not apply the Liquibase changelog", e);
        }
    }

    private String requiredProperty(String key) {
        String value = getProperties().getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("jOOQ database property '" + key + "' is required");
        }
        return value;
    }

    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not stop the embedded PostgreSQL", e);
        } finally {
            super.close();
        }
    }
}
