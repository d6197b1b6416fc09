package io.kamdesk.adapter.out.persistence.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Everything a Liquibase update reads that decides what it runs, as one SHA-256: every file under the
 * directory of the master changelog (its name and bytes) and the settings that choose change sets or where
 * they are recorded. Equal fingerprints mean the same migration, so a schema migrated under one has
 * nothing left to run under the other.
 */
record ChangelogFingerprint(String changelog, String value) {

    /** The fingerprint of what {@code liquibase} would run, with the changelog parameters it is given (or null). */
    static ChangelogFingerprint of(SpringLiquibase liquibase, Map<String, String> parameters) {
        MessageDigest digest = sha256();
        for (Object setting : new Object[] {liquibase.getChangeLog(), liquibase.getContexts(),
                liquibase.getLabelFilter(), liquibase.getTag(), liquibase.getDefaultSchema(),
                liquibase.getLiquibaseSchema(), liquibase.getDatabaseChangeLogTable(),
                liquibase.getDatabaseChangeLogLockTable(), new TreeMap<>(parameters == null ? Map.of() : parameters),
                SpringLiquibase.class.getPackage().getImplementationVersion()}) {
            add(digest, Objects.toString(setting, "").getBytes(StandardCharsets.UTF_8));
        }
        filesBeside(liquibase).forEach((name, resource) -> {
            add(digest, name.getBytes(StandardCharsets.UTF_8));
            add(digest, bytes(resource));
        });
        return new ChangelogFingerprint(liquibase.getChangeLog(), HexFormat.of().formatHex(digest.digest()));
    }

    /** The readable files under the master changelog's directory, by their path below it. */
    private static Map<String, Resource> filesBeside(SpringLiquibase liquibase) {
        String changelog = liquibase.getChangeLog();
        String directory = changelog.substring(0, changelog.lastIndexOf('/') + 1);
        ResourcePatternResolver resolver =
                ResourcePatternUtils.getResourcePatternResolver(liquibase.getResourceLoader());
        try {
            String root = resolver.getResource(directory).getURL().toString();
            Map<String, Resource> files = new TreeMap<>();
            for (Resource resource : resolver.getResources(directory + "**/*")) {
                if (resource.isReadable()) {
                    String url = resource.getURL().toString();
                    files.put(url.startsWith(root) ? url.substring(root.length()) : url, resource);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the changelog's files beside " + changelog, e);
        }
    }

    private static byte[] bytes(Resource resource) {
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Each part with its length first, so that no two lists of parts digest alike. */
    private static void add(MessageDigest digest, byte[] part) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
        digest.update(part);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
