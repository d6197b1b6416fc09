package io.kamdesk.adapter.out.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.shared.SerialMigrations.MigrationsOneAtATime;
import io.kamdesk.adapter.out.persistence.testing.TestPostgres;
import io.kamdesk.adapter.out.persistence.testing.TestPostgres.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Starts on one database as Spring runs them (Liquibase's bean through the post-processor): the first
 * migrates and records the changelog's fingerprint, the next on the same changelog goes without
 * Liquibase, and anything that may change what Liquibase does makes it run again.
 */
class SerialMigrationsIT {

    private static final String CHANGELOG = "classpath:/db/changelog/db.changelog-master.yaml";

    private DriverManagerDataSource dataSource;
    private LiquibaseProperties properties;

    @BeforeEach
    void freshDatabase() {
        TestDatabase database = TestPostgres.freshDatabase();
        dataSource = new DriverManagerDataSource(database.url(), database.username(), database.password());
        properties = new LiquibaseProperties();
    }

    @Test
    void theFirstStart_migratesAndRecordsTheFingerprint() throws Exception {
        assertThat(start(liquibase()).ran).isTrue();

        assertThat(number("select count(*) from databasechangelog")).isGreaterThan(20);
        assertThat(text("select fingerprint from changelog_fingerprint where changelog = '" + CHANGELOG + "'"))
                .isEqualTo(ChangelogFingerprint.of(liquibase(), Map.of()).value());
    }

    @Test
    void aStartOnTheRecordedChangelog_goesWithoutLiquibase() throws Exception {
        start(liquibase());
        long changeSets = number("select count(*) from databasechangelog");

        assertThat(start(liquibase()).ran).isFalse();
        assertThat(number("select count(*) from databasechangelog")).isEqualTo(changeSets);
    }

    @Test
    void anotherRecordedFingerprint_runsLiquibaseAndRecordsThisOne() throws Exception {
        start(liquibase());
        execute("update changelog_fingerprint set fingerprint = 'of an older build'");

        assertThat(start(liquibase()).ran).isTrue();
        assertThat(start(liquibase()).ran).isFalse();
    }

    @Test
    void otherChangelogParameters_runLiquibase() throws Exception {
        start(liquibase());
        properties.setParameters(Map.of("region", "north"));

        assertThat(start(liquibase()).ran).isTrue();
    }

    @Test
    void otherContexts_runLiquibase() throws Exception {
        start(liquibase());
        RecordingLiquibase withContexts = liquibase();
        withContexts.setContexts("reporting");

        assertThat(start(withContexts).ran).isTrue();
    }

    @Test
    void askingLiquibaseForMoreThanAnUpdate_alwaysRunsIt() throws Exception {
        start(liquibase());
        RecordingLiquibase clearingChecksums = liquibase();
        clearingChecksums.setClearCheckSums(true);

        assertThat(start(clearingChecksums).ran).isTrue();
    }

    @Test
    void liquibaseStoppedByItsOwnSetting_recordsNothing() throws Exception {
        start(liquibase());
        execute("update changelog_fingerprint set fingerprint = 'of an older build'");
        System.setProperty("liquibase.shouldRun", "false");
        try {
            start(liquibase());
        } finally {
            System.clearProperty("liquibase.shouldRun");
        }

        assertThat(text("select fingerprint from changelog_fingerprint")).isEqualTo("of an older build");
        assertThat(start(liquibase()).ran).isTrue();
    }

    @Test
    void aSchemaWithoutTheFingerprintTable_isMigrated() throws Exception {
        start(liquibase());
        execute("drop table changelog_fingerprint");
        execute("delete from databasechangelog where id = '023-changelog-fingerprint'");

        assertThat(start(liquibase()).ran).isTrue();
        assertThat(number("select count(*) from changelog_fingerprint")).isEqualTo(1);
    }

    /** The bean's life in a context: before-initialisation, its own initialisation, after-initialisation. */
    private RecordingLiquibase start(RecordingLiquibase liquibase) throws LiquibaseException {
        MigrationsOneAtATime migrations = new MigrationsOneAtATime(() -> properties);
        migrations.postProcessBeforeInitialization(liquibase, "liquibase");
        liquibase.afterPropertiesSet();
        migrations.postProcessAfterInitialization(liquibase, "liquibase");
        return liquibase;
    }

    private RecordingLiquibase liquibase() {
        RecordingLiquibase liquibase = new RecordingLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(CHANGELOG);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.setChangeLogParameters(properties.getParameters());
        return liquibase;
    }

    private long number(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).as("a row from: %s", sql).isTrue();
            return row.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Tells whether Liquibase was to run when Spring initialised it. */
    private static final class RecordingLiquibase extends SpringLiquibase {

        private boolean ran;

        @Override
        public void afterPropertiesSet() throws LiquibaseException {
            ran = shouldRun;
            super.afterPropertiesSet();
        }
    }
}
