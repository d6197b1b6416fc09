package io.kamdesk.adapter.out.persistence.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} configured, the service runs on an embedded PostgreSQL
 * instead of failing: the zero-set-up default for a newcomer's machine.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlConfigured.class)
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(
            @Value("${kamdesk.embedded-postgres.data-directory:${user.home}/.kamdesk/postgres-15}") Path dataDirectory,
            @Value("${kamdesk.embedded-postgres.port:0}") int port) {
        return EmbeddedPostgresServer.start(dataDirectory, port);
    }

    @Bean
    @ConfigurationProperties(prefix = "spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server,
            @Value("${kamdesk.embedded-postgres.database:kamdesk}") String database) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(server.ensureDatabase(database))
                .username(server.username())
                .password("")
                .build();
        dataSource.setPoolName("kamdesk-embedded");
        return dataSource;
    }
}
