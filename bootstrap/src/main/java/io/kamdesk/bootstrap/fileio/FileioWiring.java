package io.kamdesk.bootstrap.fileio;

import io.kamdesk.adapter.out.fileio.SpreadsheetReader;
import io.kamdesk.adapter.out.fileio.SpreadsheetWriter;
import io.kamdesk.application.billing.port.in.ListBillsUseCase;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.service.BillingSettings;
import io.kamdesk.application.billing.port.in.UpsertBillsUseCase;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.crm.port.in.UpsertCustomersUseCase;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.application.crm.service.CrmSettings;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.port.out.TabularWriter;
import io.kamdesk.application.fileio.service.ExportService;
import io.kamdesk.application.fileio.service.GenerateDataService;
import io.kamdesk.application.fileio.service.ImportBillsService;
import io.kamdesk.application.fileio.service.ImportCustomersService;
import io.kamdesk.application.identity.port.out.PasswordHasher;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.bootstrap.shared.KamDeskProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file area: spreadsheet reading and writing, imports and exports, and the data generator. */
@Configuration(proxyBeanMethods = false)
class FileioWiring {

    @Bean
    TabularReader tabularReader() {
        return new SpreadsheetReader();
    }

    @Bean
    TabularWriter tabularWriter() {
        return new SpreadsheetWriter();
    }

    @Bean
    TabularReader.ReadLimits importLimits(KamDeskProperties properties) {
        return new TabularReader.ReadLimits(properties.imports().maxRows(), properties.imports().maxCellLength());
    }

    @Bean
    ImportCustomersService importCustomersService(TabularReader reader, TabularReader.ReadLimits limits,
            Transactions transactions, KamDirectory kams, UpsertCustomersUseCase upsert) {
        return new ImportCustomersService(reader, limits, transactions, kams, upsert);
    }

    @Bean
    ImportBillsService importBillsService(TabularReader reader, TabularReader.ReadLimits limits,
            Transactions transactions, KamDirectory kams, CustomerRepository customers,
            UpsertCustomersUseCase upsertCustomers, UpsertBillsUseCase upsertBills) {
        return new ImportBillsService(reader, limits, transactions, kams, customers, upsertCustomers, upsertBills);
    }

    @Bean
    ExportService exportService(ListCustomersUseCase customers, ListBillsUseCase bills, TabularWriter writer) {
        return new ExportService(customers, bills, writer);
    }

    @Bean
    GenerateDataService generateDataService(UserRepository users, RoleRepository roles, PasswordHasher hasher,
            CustomerRepository customers, BillRepository bills, Transactions transactions, BusinessCalendar calendar,
            CrmSettings crmSettings, BillingSettings billingSettings) {
        return new GenerateDataService(users, roles, hasher, customers, bills, transactions, calendar, crmSettings,
                billingSettings);
    }
}
