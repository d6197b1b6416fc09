package io.kamdesk.bootstrap.activity;

import io.kamdesk.application.activity.port.out.ActivityLogRepository;
import io.kamdesk.application.activity.service.ActivityService;
import io.kamdesk.application.billing.port.in.ListBillsUseCase;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.crm.port.in.ListProspectsUseCase;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.sheet.TabularWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The activity log's reading, export, statistics, history and cleaning. */
@Configuration(proxyBeanMethods = false)
class ActivityWiring {

    @Bean
    ActivityService activityService(ActivityLogRepository log, ListCustomersUseCase customers, ListBillsUseCase bills,
            ListProspectsUseCase prospects, Transactions transactions, BusinessCalendar calendar,
            TabularWriter sheets) {
        return new ActivityService(log, customers, bills, prospects, transactions, calendar, sheets);
    }
}
