package io.kamdesk.bootstrap.shared;

import io.kamdesk.application.shared.BusinessCalendar;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** What every area shares: the clock and the business calendar. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SharedWiring {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** "Today" and "this month" in the business's time zone ({@code kamdesk.time-zone}). */
    @Bean
    BusinessCalendar businessCalendar(Clock clock, KamDeskProperties properties) {
        return new BusinessCalendar(clock, properties.timeZone());
    }
}
