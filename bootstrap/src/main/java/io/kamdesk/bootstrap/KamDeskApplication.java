package io.kamdesk.bootstrap;

import io.kamdesk.bootstrap.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** KAM Desk: the REST service, wired from the adapters and the application's use cases. */
@SpringBootApplication(scanBasePackages = {"io.kamdesk.bootstrap", "io.kamdesk.adapter"})
@ConfigurationPropertiesScan("io.kamdesk.bootstrap")
public class KamDeskApplication {

    public static void main(String[] args) {
        quietJooqBanner();
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(KamDeskApplication.class, args));
        }
        SpringApplication.run(KamDeskApplication.class, args);
    }

    static void quietJooqBanner() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
