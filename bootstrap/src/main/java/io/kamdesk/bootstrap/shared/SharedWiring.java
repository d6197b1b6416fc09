package io.kamdesk.bootstrap.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** What every area shares: the clock. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SharedWiring {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
