package io.kamdesk.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.KamDeskApplication;
import io.kamdesk.bootstrap.support.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With no database configured the service runs on its embedded PostgreSQL, creates the first
 * super_admin with a generated password, and keeps its data across a restart.
 */
class EmbeddedDefaultIT {

    @TempDir
    Path home;

    @Test
    void noDatabaseConfigured_startsEmbedded_andKeepsDataAcrossRestart() {
        Path dataDirectory = home.resolve("postgres");

        long firstAdminId;
        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            DSLContext dsl = first.getBean(DSLContext.class);
            firstAdminId = dsl.fetchSingle("select id from app_user where email = 'admin@kamdesk.local'")
                    .get(0, Long.class);
            dsl.execute("insert into permission (code, description) values ('marker:kept', 'survives a restart')");
            assertThat(new ApiClient(port(first)).get("/actuator/health").status()).isEqualTo(200);
        }
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start(dataDirectory)) {
            DSLContext dsl = second.getBean(DSLContext.class);

            assertThat(dsl.fetchCount(dsl.selectFrom("app_user"))).isEqualTo(1);
            assertThat(dsl.fetchSingle("select id from app_user where email = 'admin@kamdesk.local'")
                    .get(0, Long.class)).isEqualTo(firstAdminId);
            assertThat(dsl.fetchExists(dsl.selectFrom("permission").where("code = 'marker:kept'"))).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(KamDeskApplication.class).run(arguments(Map.of(
                "server.port", "0",
                "kamdesk.embedded-postgres.data-directory", dataDirectory.toString(),
                "kamdesk.security.jwt.secret", "embedded-default-test-secret-0123456789abcdef")));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** As command-line arguments, which win over application.yml (default properties would not). */
    private static String[] arguments(Map<String, String> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
