package io.kamdesk.bootstrap.shared;

import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.port.out.IdempotencyKeys;
import io.kamdesk.application.shared.port.out.RecordVersions;
import io.kamdesk.application.shared.service.IdempotencyService;
import io.kamdesk.application.shared.service.RecordVersionsService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What every area shares: the clock, the business calendar, the API's idempotency keys, and the memory
 * start-up leaves behind.
 */
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

    @Bean
    RecordVersionsService recordVersionsService(RecordVersions versions, Transactions transactions) {
        return new RecordVersionsService(versions, transactions);
    }

    /** A key's record without an answer (left by an earlier version) serves any request after ten minutes. */
    @Bean
    IdempotencyService idempotencyService(IdempotencyKeys keys, Transactions transactions, Clock clock,
            KamDeskProperties properties) {
        return new IdempotencyService(keys, transactions, clock, properties.api().idempotencyRetention(),
                properties.api().idempotencyWait());
    }

    @Bean
    StartUpMemoryRelease startUpMemoryRelease(KamDeskProperties properties) {
        return StartUpMemoryRelease.ofThisJvm(properties.releaseStartUpMemory());
    }
}
