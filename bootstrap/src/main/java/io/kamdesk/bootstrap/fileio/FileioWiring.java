package io.kamdesk.bootstrap.fileio;

import io.kamdesk.adapter.out.fileio.SpreadsheetReader;
import io.kamdesk.adapter.out.fileio.SpreadsheetWriter;
import io.kamdesk.application.billing.port.in.ListBillsUseCase;
import io.kamdesk.application.billing.port.in.UpsertBillsUseCase;
import io.kamdesk.application.crm.port.in.FindKamUseCase;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.crm.port.in.LocateCustomersUseCase;
import io.kamdesk.application.crm.port.in.UpsertCustomersUseCase;
import io.kamdesk.application.fileio.port.out.FileActivity;
import io.kamdesk.application.fileio.port.out.ImportJobQueue;
import io.kamdesk.application.fileio.port.out.ImportJobRepository;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.service.ExportService;
import io.kamdesk.application.fileio.service.FailedRowsService;
import io.kamdesk.application.fileio.service.ImportBillsService;
import io.kamdesk.application.fileio.service.ImportCustomersService;
import io.kamdesk.application.fileio.service.ImportJobQueryService;
import io.kamdesk.application.fileio.service.ImportJobService;
import io.kamdesk.application.identity.port.in.user.FindViewerUseCase;
import io.kamdesk.application.shared.ActingUser;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.sheet.TabularWriter;
import io.kamdesk.bootstrap.shared.KamDeskProperties;
import java.time.Clock;
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
            Transactions transactions, FindKamUseCase kams, UpsertCustomersUseCase upsert, FileActivity activity) {
        return new ImportCustomersService(reader, limits, transactions, kams, upsert, activity);
    }

    @Bean
    ImportBillsService importBillsService(TabularReader reader, TabularReader.ReadLimits limits,
            Transactions transactions, FindKamUseCase kams, LocateCustomersUseCase customers,
            UpsertCustomersUseCase upsertCustomers, UpsertBillsUseCase upsertBills, FileActivity activity) {
        return new ImportBillsService(reader, limits, transactions, kams, customers, upsertCustomers, upsertBills,
                activity);
    }

    @Bean
    ImportJobService importJobService(ImportCustomersService customers, ImportBillsService bills,
            ImportJobRepository jobs, ImportJobQueue queue, FindViewerUseCase viewers, TabularReader reader,
            TabularReader.ReadLimits limits, Transactions transactions, Clock clock, ActingUser actingUser) {
        return new ImportJobService(customers, bills, jobs, queue, viewers, reader, limits, transactions, clock,
                actingUser);
    }

    @Bean
    ImportJobQueryService importJobQueryService(ImportJobRepository jobs, Transactions transactions, Clock clock,
            KamDeskProperties properties) {
        return new ImportJobQueryService(jobs, transactions, clock, properties.jobs().retention());
    }

    @Bean
    FailedRowsService failedRowsService(ImportJobQueryService queries, ImportJobRepository jobs,
            TabularReader reader, TabularReader.ReadLimits limits, TabularWriter writer) {
        return new FailedRowsService(queries, jobs, reader, limits, writer);
    }

    @Bean
    ExportService exportService(ListCustomersUseCase customers, ListBillsUseCase bills, TabularWriter writer,
            FileActivity activity) {
        return new ExportService(customers, bills, writer, activity);
    }
}
