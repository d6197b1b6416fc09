package io.kamdesk.adapter.out.persistence.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.Map;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Instances started together on a new database would race to create Liquibase's own tables (its
 * lock lives in one of them), and all but one fail. Each instance migrates under a PostgreSQL
 * advisory lock instead: the others wait, then find the schema up to date.
 */
@Configuration(proxyBeanMethods = false)
public class SerialMigrations {

    /** Any number the service uses for nothing else. */
    static final long MIGRATION_LOCK = 0x6b616d6465736bL;

    @Bean
    static BeanPostProcessor migrationsOneInstanceAtATime() {
        return new BeanPostProcessor() {
            private final Map<SpringLiquibase, Connection> held = new IdentityHashMap<>();

            @Override
            public synchronized Object postProcessBeforeInitialization(Object bean, String name) throws BeansException {
                if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
                    try {
                        Connection connection = liquibase.getDataSource().getConnection();
                        try (Statement lock = connection.createStatement()) {
                            lock.execute("select pg_advisory_lock(" + MIGRATION_LOCK + ")");
                        }
                        held.put(liquibase, connection);
                    } catch (SQLException e) {
                        throw new BeanInitializationException("Cannot take the migration lock", e);
                    }
                }
                return bean;
            }

            @Override
            public synchronized Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                Connection connection = bean instanceof SpringLiquibase liquibase ? held.remove(liquibase) : null;
                if (connection != null) {
                    // closing the session releases its advisory lock too
                    try (connection; Statement unlock = connection.createStatement()) {
                        unlock.execute("select pg_advisory_unlock(" + MIGRATION_LOCK + ")");
                    } catch (SQLException e) {
                        throw new BeanInitializationException("Cannot release the migration lock", e);
                    }
                }
                return bean;
            }
        };
    }
}
