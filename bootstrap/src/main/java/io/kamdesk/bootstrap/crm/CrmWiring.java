package io.kamdesk.bootstrap.crm;

import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import io.kamdesk.application.crm.service.AssignableUsersQueryService;
import io.kamdesk.application.crm.service.ConvertProspectService;
import io.kamdesk.application.crm.service.CreateCustomerService;
import io.kamdesk.application.crm.service.CreateProspectService;
import io.kamdesk.application.crm.service.CrmSettings;
import io.kamdesk.application.crm.service.CustomerQueryService;
import io.kamdesk.application.crm.service.DeleteCustomerService;
import io.kamdesk.application.crm.service.DeleteProspectService;
import io.kamdesk.application.crm.service.ProspectQueryService;
import io.kamdesk.application.crm.service.UpdateCustomerService;
import io.kamdesk.application.crm.service.UpsertCustomersService;
import io.kamdesk.application.crm.service.UpdateProspectService;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.bootstrap.shared.KamDeskProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CRM area's use cases, built from its out-ports. */
@Configuration(proxyBeanMethods = false)
class CrmWiring {

    @Bean
    CrmSettings crmSettings(KamDeskProperties properties) {
        return new CrmSettings(properties.numberPrefix());
    }

    @Bean
    CreateProspectService createProspectService(ProspectRepository prospects, KamDirectory kams,
            Transactions transactions, BusinessCalendar calendar) {
        return new CreateProspectService(prospects, kams, transactions, calendar);
    }

    @Bean
    UpdateProspectService updateProspectService(ProspectRepository prospects, KamDirectory kams,
            Transactions transactions, BusinessCalendar calendar) {
        return new UpdateProspectService(prospects, kams, transactions, calendar);
    }

    @Bean
    DeleteProspectService deleteProspectService(ProspectRepository prospects, Transactions transactions) {
        return new DeleteProspectService(prospects, transactions);
    }

    @Bean
    AssignableUsersQueryService assignableUsersQueryService(KamDirectory kams) {
        return new AssignableUsersQueryService(kams);
    }

    @Bean
    ProspectQueryService prospectQueryService(ProspectRepository prospects) {
        return new ProspectQueryService(prospects);
    }

    @Bean
    ConvertProspectService convertProspectService(ProspectRepository prospects, CustomerRepository customers,
            KamDirectory kams, Transactions transactions, BusinessCalendar calendar, CrmSettings settings) {
        return new ConvertProspectService(prospects, customers, kams, transactions, calendar, settings);
    }

    @Bean
    CreateCustomerService createCustomerService(CustomerRepository customers, KamDirectory kams,
            Transactions transactions, BusinessCalendar calendar, CrmSettings settings) {
        return new CreateCustomerService(customers, kams, transactions, calendar, settings);
    }

    @Bean
    UpsertCustomersService upsertCustomersService(CustomerRepository customers, KamDirectory kams,
            Transactions transactions, BusinessCalendar calendar, CrmSettings settings) {
        return new UpsertCustomersService(customers, kams, transactions, calendar, settings);
    }

    @Bean
    UpdateCustomerService updateCustomerService(CustomerRepository customers, KamDirectory kams,
            Transactions transactions, BusinessCalendar calendar) {
        return new UpdateCustomerService(customers, kams, transactions, calendar);
    }

    @Bean
    DeleteCustomerService deleteCustomerService(CustomerRepository customers, Transactions transactions) {
        return new DeleteCustomerService(customers, transactions);
    }

    @Bean
    CustomerQueryService customerQueryService(CustomerRepository customers, BusinessCalendar calendar) {
        return new CustomerQueryService(customers, calendar);
    }
}
