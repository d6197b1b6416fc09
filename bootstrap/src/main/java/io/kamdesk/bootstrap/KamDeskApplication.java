package io.kamdesk.bootstrap;

import io.kamdesk.bootstrap.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** KAM Desk: the REST service, wired from the adapters and the application's use cases. */
@SpringBootApplication(scanBasePackages = {"io.kamdesk.bootstrap", "io.kamdesk.adapter"})
@ConfigurationPropertiesScan("io.kamdesk.bootstrap")
public class KamDeskApplication {

    private static final String COMMONS_LOGGING_FACTORY = "org.apache.commons.logging.LogFactory";

    public static void main(String[] args) {
        librarySettings();
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(KamDeskApplication.class, args));
        }
        SpringApplication.run(KamDeskApplication.class, args);
    }

    static void librarySettings() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // Spring logs through commons-logging; named, it goes straight to SLF4J (Logback) instead of first
        // starting Log4j's API to probe it, about a tenth of a second of every start (docs/decisions/0048)
        if (System.getProperty(COMMONS_LOGGING_FACTORY) == null) {
            System.setProperty(COMMONS_LOGGING_FACTORY, "org.apache.commons.logging.impl.Slf4jLogFactory");
        }
    }
}
