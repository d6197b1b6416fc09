package io.kamdesk.adapter.out.persistence.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import liquibase.integration.commandline.LiquibaseCommandLineConfiguration;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Instances started together on a new database would race to create Liquibase's own tables (its
 * lock lives in one of them), and all but one fail. Each instance migrates under a PostgreSQL
 * advisory lock instead: the others wait, then find the schema up to date.
 *
 * <p>Liquibase reads its whole changelog and the database's record of it on every start, which is
 * about a second of a start on two cores (docs/decisions/0048). After a migration, the changelog's
 * fingerprint is recorded; a start that finds its own changelog's fingerprint recorded has nothing to
 * migrate and goes without Liquibase. Any other start, and every start that asks Liquibase for more
 * than an update (dropping first, clearing checksums, a rollback file or test), runs it as before.
 */
@Configuration(proxyBeanMethods = false)
public class SerialMigrations {

    /** Any number the service uses for nothing else. */
    static final long MIGRATION_LOCK = 0x6b616d6465736bL;

    private static final Logger LOG = LoggerFactory.getLogger(SerialMigrations.class);

    @Bean
    static BeanPostProcessor migrationsOneInstanceAtATime(ObjectProvider<LiquibaseProperties> properties) {
        return new MigrationsOneAtATime(() -> properties.getIfAvailable(LiquibaseProperties::new));
    }

    /** A migration under way: its connection holds the lock; the fingerprint is recorded when it succeeds. */
    private record Migration(Connection connection, ChangelogFingerprint fingerprint) {}

    static final class MigrationsOneAtATime implements BeanPostProcessor {

        private final Supplier<LiquibaseProperties> properties;
        private final Map<SpringLiquibase, Migration> underWay = new IdentityHashMap<>();

        MigrationsOneAtATime(Supplier<LiquibaseProperties> properties) {
            this.properties = properties;
        }

        @Override
        public synchronized Object postProcessBeforeInitialization(Object bean, String name) throws BeansException {
            if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
                ChangelogFingerprint fingerprint = onlyUpdates(liquibase) ? fingerprintOf(liquibase) : null;
                try {
                    Connection connection = liquibase.getDataSource().getConnection();
                    try {
                        if (fingerprint != null && isRecorded(connection, fingerprint)) {
                            connection.close();
                            liquibase.setShouldRun(false);
                            LOG.info("The schema is up to date with changelog {}: Liquibase is not run",
                                    fingerprint.changelog());
                            return bean;
                        }
                        try (Statement lock = connection.createStatement()) {
                            lock.execute("select pg_advisory_lock(" + MIGRATION_LOCK + ")");
                        }
                    } catch (SQLException e) {
                        connection.close();
                        throw e;
                    }
                    underWay.put(liquibase, new Migration(connection, fingerprint));
                } catch (SQLException e) {
                    throw new BeanInitializationException("Cannot check the schema or take the migration lock", e);
                }
            }
            return bean;
        }

        @Override
        public synchronized Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
            Migration migration = bean instanceof SpringLiquibase liquibase ? underWay.remove(liquibase) : null;
            if (migration != null) {
                // closing the session releases its advisory lock too
                try (Connection connection = migration.connection()) {
                    if (migration.fingerprint() != null && ranEverywhere()) {
                        record(connection, migration.fingerprint());
                    }
                    try (Statement unlock = connection.createStatement()) {
                        unlock.execute("select pg_advisory_unlock(" + MIGRATION_LOCK + ")");
                    }
                } catch (SQLException e) {
                    throw new BeanInitializationException("Cannot release the migration lock", e);
                }
            }
            return bean;
        }

        /**
         * Whether Liquibase ran at all: its own setting ({@code liquibase.shouldRun}) can stop every bean,
         * and a fingerprint recorded then would skip a migration that never happened.
         */
        private static boolean ranEverywhere() {
            return Boolean.TRUE.equals(LiquibaseCommandLineConfiguration.SHOULD_RUN.getCurrentValue());
        }

        private boolean onlyUpdates(SpringLiquibase liquibase) {
            return !liquibase.isDropFirst() && !liquibase.isClearCheckSums() && !liquibase.isTestRollbackOnUpdate()
                    && properties.get().getRollbackFile() == null;
        }

        private ChangelogFingerprint fingerprintOf(SpringLiquibase liquibase) {
            return ChangelogFingerprint.of(liquibase, properties.get().getParameters());
        }

        /** Whether the schema was migrated with this fingerprint; not when it has no table for them yet. */
        private static boolean isRecorded(Connection connection, ChangelogFingerprint fingerprint) throws SQLException {
            try (Statement exists = connection.createStatement();
                    ResultSet table = exists.executeQuery("select to_regclass('changelog_fingerprint') is not null")) {
                if (!table.next() || !table.getBoolean(1)) {
                    return false;
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "select fingerprint from changelog_fingerprint where changelog = ?")) {
                select.setString(1, fingerprint.changelog());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() && row.getString(1).equals(fingerprint.value());
                }
            }
        }

        /** Recording is a saving for the next start, so a schema without the table only costs that saving. */
        private static void record(Connection connection, ChangelogFingerprint fingerprint) {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into changelog_fingerprint (changelog, fingerprint) values (?, ?)
                    on conflict (changelog) do update set fingerprint = excluded.fingerprint, recorded_at = now()""")) {
                upsert.setString(1, fingerprint.changelog());
                upsert.setString(2, fingerprint.value());
                upsert.executeUpdate();
            } catch (SQLException e) {
                LOG.warn("The changelog's fingerprint was not recorded; the next start runs Liquibase again", e);
            }
        }
    }
}
