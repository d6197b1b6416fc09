package io.kamdesk.bootstrap.analytics;

import io.kamdesk.application.analytics.port.out.RevenueReadModel;
import io.kamdesk.application.analytics.port.out.RevenueRollup;
import io.kamdesk.application.analytics.service.CompactRevenueRollupService;
import io.kamdesk.application.analytics.service.DashboardQueryService;
import io.kamdesk.application.shared.BusinessCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The analytics area's use cases: the dashboard, read from the revenue read model, and its rollup's upkeep. */
@Configuration(proxyBeanMethods = false)
class AnalyticsWiring {

    @Bean
    DashboardQueryService dashboardQueryService(RevenueReadModel readModel, BusinessCalendar calendar) {
        return new DashboardQueryService(readModel, calendar);
    }

    @Bean
    CompactRevenueRollupService compactRevenueRollupService(RevenueRollup rollup) {
        return new CompactRevenueRollupService(rollup);
    }
}
