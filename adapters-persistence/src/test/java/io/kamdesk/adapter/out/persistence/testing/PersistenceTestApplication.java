package io.kamdesk.adapter.out.persistence.testing;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** The persistence adapter alone, on Spring Boot's DataSource, Liquibase and jOOQ set-up. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("io.kamdesk.adapter.out.persistence")
public class PersistenceTestApplication {
}
