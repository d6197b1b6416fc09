package io.kamdesk.bootstrap.shared;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the metrics (served only on the management port) may say. */
@Configuration(proxyBeanMethods = false)
class MetricsWiring {

    /**
     * Request timers would be tagged with the class name of any exception a request ended with:
     * internals a metrics reader has no use for, and one series per exception type.
     */
    @Bean
    MeterFilter noExceptionClassNames() {
        return MeterFilter.ignoreTags("exception", "error");
    }
}
