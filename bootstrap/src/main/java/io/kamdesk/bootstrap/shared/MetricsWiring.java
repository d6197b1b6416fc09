package io.kamdesk.bootstrap.shared;

import io.kamdesk.adapter.in.rest.shared.ManagementPort;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the metrics (served only on the management port) may say, and what is not measured when none is. */
@Configuration(proxyBeanMethods = false)
class MetricsWiring {

    private static final String REQUEST_TIMERS = "http.server.requests";

    /**
     * Request timers would be tagged with the class name of any exception a request ended with:
     * internals a metrics reader has no use for, and one series per exception type.
     */
    @Bean
    MeterFilter noExceptionClassNames() {
        return MeterFilter.ignoreTags("exception", "error");
    }

    /**
     * Without {@code kamdesk.management.port} no port serves metrics, so timing every request would only cost:
     * about a twentieth of a single-row GET's CPU (docs/decisions/0029). With it, every request is timed.
     */
    @Bean
    ObservationPredicate requestTimersOnlyWhereServed(ManagementPort managementPort) {
        boolean served = managementPort.configured();
        return (name, context) -> served || !REQUEST_TIMERS.equals(name);
    }
}
