package io.kamdesk.adapter.out.persistence.shared;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every data source of the service, whoever uses it (jOOQ, the transaction manager, the job engine),
 * hands its connections the acting user (the activity log's triggers read it) and lets a statement
 * travel with a transaction's commit.
 */
@Configuration(proxyBeanMethods = false)
public class DataSourceWrapping {

    @Bean
    static BeanPostProcessor wrappedDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof CommitCarryingDataSource)
                        ? new CommitCarryingDataSource(new ActivityContextDataSource(dataSource)) : bean;
            }
        };
    }
}
