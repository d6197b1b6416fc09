package io.kamdesk.adapter.out.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL that tests run on: one embedded server per test JVM by default, or an external
 * server when {@code KAMDESK_TEST_DATABASE_URL} (with {@code _USERNAME} / {@code _PASSWORD}) names a
 * database the tests may create databases from. Every caller gets a database of its own.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Admin admin;

    private TestPostgres() {
    }

    /** A new, empty database; Liquibase fills it when a context starts on it. */
    public static synchronized TestDatabase freshDatabase() {
        if (admin == null) {
            admin = startAdmin();
        }
        String name = "kamdesk_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = admin.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return new TestDatabase(admin.urlOf(name), admin.username, admin.password);
    }

    private static Admin startAdmin() {
        String external = System.getenv("KAMDESK_TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            return new Admin(external, envOr("KAMDESK_TEST_DATABASE_USERNAME", "postgres"),
                    envOr("KAMDESK_TEST_DATABASE_PASSWORD", ""));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary directory goes with it
                }
            }));
            return new Admin(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Connection details of a test database. */
    public record TestDatabase(String url, String username, String password) {
    }

    private record Admin(String url, String username, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        /** The same server and parameters with another database name. */
        String urlOf(String database) {
            int query = url.indexOf('?');
            String base = query < 0 ? url : url.substring(0, query);
            String parameters = query < 0 ? "" : url.substring(query);
            return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
        }
    }
}
