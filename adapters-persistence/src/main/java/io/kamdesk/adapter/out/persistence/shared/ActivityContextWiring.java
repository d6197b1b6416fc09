package io.kamdesk.adapter.out.persistence.shared;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every data source of the service hands its connections the acting user (the activity log's
 * triggers read it), whoever uses it: jOOQ, the transaction manager, the job engine.
 */
@Configuration(proxyBeanMethods = false)
public class ActivityContextWiring {

    @Bean
    static BeanPostProcessor activityContextDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof ActivityContextDataSource)
                        ? new ActivityContextDataSource(dataSource) : bean;
            }
        };
    }
}
