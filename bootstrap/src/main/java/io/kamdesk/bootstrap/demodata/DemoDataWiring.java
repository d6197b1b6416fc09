package io.kamdesk.bootstrap.demodata;

import io.kamdesk.application.billing.service.BillingSettings;
import io.kamdesk.application.crm.service.CrmSettings;
import io.kamdesk.application.demodata.port.out.DemoDataStore;
import io.kamdesk.application.demodata.service.DemoDataSettings;
import io.kamdesk.application.demodata.service.GenerateDataService;
import io.kamdesk.application.identity.port.out.PasswordHasher;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The demo-data generator (the {@code generate-data} command), on the numbers real records get. */
@Configuration(proxyBeanMethods = false)
class DemoDataWiring {

    @Bean
    GenerateDataService generateDataService(DemoDataStore store, PasswordHasher hasher, Transactions transactions,
            BusinessCalendar calendar, CrmSettings crm, BillingSettings billing) {
        return new GenerateDataService(store, hasher, transactions, calendar,
                new DemoDataSettings(crm.numberPrefix(), billing.numberPrefix()));
    }
}
