package io.kamdesk.bootstrap.fileio;

import io.kamdesk.adapter.out.fileio.SpreadsheetReader;
import io.kamdesk.adapter.out.fileio.SpreadsheetWriter;
import io.kamdesk.application.billing.port.in.CreateBillUseCase;
import io.kamdesk.application.billing.port.in.ListBillsUseCase;
import io.kamdesk.application.billing.port.in.UpdateBillUseCase;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.crm.port.in.CreateCustomerUseCase;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.crm.port.in.UpdateCustomerUseCase;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.port.out.TabularWriter;
import io.kamdesk.application.fileio.service.ExportService;
import io.kamdesk.application.fileio.service.ImportBillsService;
import io.kamdesk.application.fileio.service.ImportCustomersService;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.bootstrap.shared.KamDeskProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file area: spreadsheet reading and writing, imports and exports. */
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
            Transactions transactions, CustomerRepository customers, KamDirectory kams, CreateCustomerUseCase create,
            UpdateCustomerUseCase update, ListCustomersUseCase read) {
        return new ImportCustomersService(reader, limits, transactions, customers, kams, create, update, read);
    }

    @Bean
    ImportBillsService importBillsService(TabularReader reader, TabularReader.ReadLimits limits,
            Transactions transactions, CustomerRepository customers, KamDirectory kams,
            CreateCustomerUseCase createCustomer, UpdateCustomerUseCase updateCustomer,
            ListCustomersUseCase readCustomers, BillRepository bills, CreateBillUseCase create,
            UpdateBillUseCase update, ListBillsUseCase read) {
        return new ImportBillsService(reader, limits, transactions, customers, kams, createCustomer, updateCustomer,
                readCustomers, bills, create, update, read);
    }

    @Bean
    ExportService exportService(ListCustomersUseCase customers, ListBillsUseCase bills, TabularWriter writer) {
        return new ExportService(customers, bills, writer);
    }
}
