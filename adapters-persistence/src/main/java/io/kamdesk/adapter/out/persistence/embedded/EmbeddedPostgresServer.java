package io.kamdesk.adapter.out.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 15 started from a Maven artifact, for running the service with nothing
 * installed. Its data directory outlives the process, so a restart keeps the data. The service owns
 * the directory while it runs ({@link DataDirectoryOwnership}); a server that a killed service left
 * running there is stopped before the new one starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final DataDirectoryOwnership ownership;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, DataDirectoryOwnership ownership) {
        this.postgres = postgres;
        this.ownership = ownership;
    }

    /**
     * Starts PostgreSQL over {@code dataDirectory}, creating the cluster on first use.
     *
     * @param port 0 for any free port
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        DataDirectoryOwnership ownership = DataDirectoryOwnership.take(dataDirectory);
        try {
            OrphanedServer.stopIfRunning(dataDirectory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    // the library's defaults trade durability for test speed; this data must survive a crash
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDirectory);
            return new EmbeddedPostgresServer(postgres, ownership);
        } catch (IOException | RuntimeException e) {
            ownership.release();
            throw new EmbeddedPostgresUnavailableException("Could not start the embedded PostgreSQL in "
                    + dataDirectory + " (" + e.getMessage() + "); set SPRING_DATASOURCE_URL to use an external "
                    + "server instead", e);
        }
    }

    /** Creates {@code database} unless it exists, and answers its JDBC URL. */
    public String ensureDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection connection = admin.getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (Statement create = connection.createStatement()) {
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
        return postgres.getJdbcUrl(SUPERUSER, database);
    }

    public String username() {
        return SUPERUSER;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ownership.release();
        }
    }
}
