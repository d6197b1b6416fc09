package io.kamdesk.bootstrap.analytics;

import io.kamdesk.application.analytics.port.out.FigureCache;
import io.kamdesk.application.analytics.port.out.ReceivablesReadModel;
import io.kamdesk.application.analytics.port.out.RevenueReadModel;
import io.kamdesk.application.analytics.port.out.RevenueRollup;
import io.kamdesk.application.analytics.service.CompactRevenueRollupService;
import io.kamdesk.application.analytics.service.DashboardQueryService;
import io.kamdesk.application.analytics.service.ReceivablesAgingService;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.sheet.ExportLog;
import io.kamdesk.application.shared.sheet.TabularWriter;
import io.kamdesk.bootstrap.shared.KamDeskProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The analytics area's use cases: the dashboard, read from the revenue read model, its rollup's
 * upkeep, and the receivables aging.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsWiring {

    private static final int MAX_TERMS_DAYS = 365;

    @Bean
    DashboardQueryService dashboardQueryService(RevenueReadModel readModel, BusinessCalendar calendar,
            FigureCache figures) {
        return new DashboardQueryService(readModel, calendar, figures);
    }

    @Bean
    ReceivablesAgingService receivablesAgingService(ReceivablesReadModel readModel, BusinessCalendar calendar,
            KamDeskProperties properties, TabularWriter sheets, ExportLog exports, FigureCache figures) {
        if (properties.paymentTermsDays() < 0 || properties.paymentTermsDays() > MAX_TERMS_DAYS) {
            throw new IllegalStateException("kamdesk.payment-terms-days must be between 0 and " + MAX_TERMS_DAYS
                    + ", not " + properties.paymentTermsDays());
        }
        return new ReceivablesAgingService(readModel, calendar, properties.paymentTermsDays(), sheets, exports,
                figures);
    }

    @Bean
    CompactRevenueRollupService compactRevenueRollupService(RevenueRollup rollup) {
        return new CompactRevenueRollupService(rollup);
    }
}
