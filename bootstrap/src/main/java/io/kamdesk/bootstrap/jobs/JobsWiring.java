package io.kamdesk.bootstrap.jobs;

import io.kamdesk.application.billing.port.in.run.RunBillingRunUseCase;
import io.kamdesk.application.fileio.port.in.job.PurgeImportJobsUseCase;
import io.kamdesk.application.fileio.port.in.job.RunImportJobUseCase;
import io.kamdesk.application.fileio.port.out.ImportJobRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.port.in.idempotency.IdempotentRequestsUseCase;
import io.kamdesk.bootstrap.shared.KamDeskProperties;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job engine, shared by every area that runs work in the background. */
@Configuration(proxyBeanMethods = false)
class JobsWiring {

    @Bean
    JobEngine jobEngine(DataSource dataSource, ObjectProvider<RunImportJobUseCase> imports,
            PurgeImportJobsUseCase purge, ObjectProvider<RunBillingRunUseCase> billing, BusinessCalendar calendar,
            IdempotentRequestsUseCase keys, KamDeskProperties properties) {
        return new JobEngine(dataSource, imports::getObject, purge, billing::getObject, calendar, keys,
                properties.jobs());
    }

    /** {@code kamdesk.import.jobs}: jobs queued, running and failed (kept until their retention ends). */
    @Bean
    ImportJobGauges importJobGauges(ImportJobRepository jobs, MeterRegistry meters) {
        return new ImportJobGauges(jobs, meters);
    }
}
