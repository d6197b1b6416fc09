package io.kamdesk.bootstrap.demodata;

import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.billing.service.BillingSettings;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.service.CrmSettings;
import io.kamdesk.application.demodata.service.DemoDataSettings;
import io.kamdesk.application.demodata.service.GenerateDataService;
import io.kamdesk.application.demodata.service.RepositoryDemoDataStore;
import io.kamdesk.application.identity.port.out.PasswordHasher;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The demo-data generator (the {@code generate-data} command), on the numbers real records get. */
@Configuration(proxyBeanMethods = false)
class DemoDataWiring {

    @Bean
    GenerateDataService generateDataService(UserRepository users, RoleRepository roles, CustomerRepository customers,
            BillRepository bills, PasswordHasher hasher, Transactions transactions, BusinessCalendar calendar,
            CrmSettings crm, BillingSettings billing, PaymentRepository payments) {
        return new GenerateDataService(new RepositoryDemoDataStore(users, roles, customers, bills, payments), hasher,
                transactions, calendar, new DemoDataSettings(crm.numberPrefix(), billing.numberPrefix()));
    }
}
