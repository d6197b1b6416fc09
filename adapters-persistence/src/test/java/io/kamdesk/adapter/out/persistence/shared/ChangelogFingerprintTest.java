package io.kamdesk.adapter.out.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** What changes a changelog's fingerprint: any file under its directory, and what selects change sets. */
class ChangelogFingerprintTest {

    @TempDir
    Path directory;

    @BeforeEach
    void aChangelog() throws IOException {
        Files.writeString(directory.resolve("master.yaml"), "databaseChangeLog: []\n");
        Files.createDirectories(directory.resolve("changes"));
        Files.writeString(directory.resolve("changes/001-first.sql"), "--liquibase formatted sql\n");
    }

    @Test
    void theSameFilesAndSettings_giveTheSameFingerprint() {
        assertThat(fingerprint()).isEqualTo(fingerprint());
    }

    @Test
    void anEditedFile_changesIt() throws IOException {
        String before = fingerprint();
        Files.writeString(directory.resolve("changes/001-first.sql"), "--liquibase formatted sql\n-- edited\n");

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void anAddedFile_changesIt() throws IOException {
        String before = fingerprint();
        Files.writeString(directory.resolve("changes/002-second.sql"), "--liquibase formatted sql\n");

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void aRenamedFile_changesIt() throws IOException {
        String before = fingerprint();
        Files.move(directory.resolve("changes/001-first.sql"), directory.resolve("changes/001-renamed.sql"));

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void settingsThatSelectChangeSets_changeIt() {
        String before = fingerprint();
        SpringLiquibase labelled = liquibase();
        labelled.setLabelFilter("billing");

        assertThat(ChangelogFingerprint.of(labelled, Map.of()).value()).isNotEqualTo(before);
        assertThat(ChangelogFingerprint.of(liquibase(), Map.of("region", "north")).value()).isNotEqualTo(before);
    }

    @Test
    void theSameChangelogFromAnotherPlace_hasTheSameFingerprint(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("master.yaml"), "databaseChangeLog: []\n");
        Files.createDirectories(elsewhere.resolve("changes"));
        Files.writeString(elsewhere.resolve("changes/001-first.sql"), "--liquibase formatted sql\n");

        // as the jar of one deployment and of another: the files' paths count from the changelog's directory
        assertThat(onClasspathOf(elsewhere)).isEqualTo(onClasspathOf(directory));
        Files.writeString(elsewhere.resolve("changes/001-first.sql"), "--liquibase formatted sql\n-- edited\n");
        assertThat(onClasspathOf(elsewhere)).isNotEqualTo(onClasspathOf(directory));
    }

    private String fingerprint() {
        return ChangelogFingerprint.of(liquibase(), null).value();
    }

    private SpringLiquibase liquibase() {
        return withChangelogAt(directory.resolve("master.yaml").toUri().toString());
    }

    private static String onClasspathOf(Path root) throws IOException {
        try (URLClassLoader classpath = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setChangeLog("classpath:/master.yaml");
            liquibase.setResourceLoader(new DefaultResourceLoader(classpath));
            return ChangelogFingerprint.of(liquibase, Map.of()).value();
        }
    }

    private static SpringLiquibase withChangelogAt(String changelog) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setChangeLog(changelog);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        return liquibase;
    }
}
