package io.kamdesk.bootstrap.billing;

import io.kamdesk.adapter.out.document.PdfInvoiceDocument;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.BillableCustomers;
import io.kamdesk.application.billing.port.out.BillingRunQueue;
import io.kamdesk.application.billing.port.out.BillingRunRepository;
import io.kamdesk.application.billing.port.out.BillingRunSource;
import io.kamdesk.application.billing.port.out.CustomerPaymentTerms;
import io.kamdesk.application.billing.port.out.InvoiceDocument;
import io.kamdesk.application.billing.port.out.InvoiceRepository;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.billing.port.out.StatementReadModel;
import io.kamdesk.application.billing.service.BillQueryService;
import io.kamdesk.application.billing.service.BillingRunBatch;
import io.kamdesk.application.billing.service.BillingRunService;
import io.kamdesk.application.billing.service.BillingRunSettings;
import io.kamdesk.application.billing.service.BillingSettings;
import io.kamdesk.application.billing.service.CreateBillService;
import io.kamdesk.application.billing.service.CustomerStatementService;
import io.kamdesk.application.billing.service.DeleteBillService;
import io.kamdesk.application.billing.service.InvoiceService;
import io.kamdesk.application.billing.service.InvoiceSettings;
import io.kamdesk.application.billing.service.PaymentService;
import io.kamdesk.application.billing.service.PaymentTermsService;
import io.kamdesk.application.billing.service.UpdateBillService;
import io.kamdesk.application.billing.service.UpsertBillsService;
import io.kamdesk.application.identity.port.in.user.FindViewerUseCase;
import io.kamdesk.application.shared.ActingUser;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.sheet.ExportLog;
import io.kamdesk.application.shared.sheet.TabularWriter;
import io.kamdesk.bootstrap.shared.KamDeskProperties;
import io.kamdesk.domain.billing.VatRate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The billing area's use cases (bills and their payment ledger), built from its out-ports. */
@Configuration(proxyBeanMethods = false)
class BillingWiring {

    @Bean
    BillingSettings billingSettings(KamDeskProperties properties) {
        return new BillingSettings(properties.numberPrefix());
    }

    @Bean
    CreateBillService createBillService(BillRepository bills, BillableCustomers customers, Transactions transactions,
            BusinessCalendar calendar, BillingSettings settings, PaymentRepository payments) {
        return new CreateBillService(bills, customers, transactions, calendar, settings, payments);
    }

    @Bean
    UpsertBillsService upsertBillsService(BillRepository bills, BillableCustomers customers,
            Transactions transactions, BusinessCalendar calendar, BillingSettings settings,
            PaymentRepository payments) {
        return new UpsertBillsService(bills, customers, transactions, calendar, settings, payments);
    }

    @Bean
    UpdateBillService updateBillService(BillRepository bills, Transactions transactions, BusinessCalendar calendar,
            PaymentRepository payments) {
        return new UpdateBillService(bills, transactions, calendar, payments);
    }

    @Bean
    DeleteBillService deleteBillService(BillRepository bills, Transactions transactions) {
        return new DeleteBillService(bills, transactions);
    }

    @Bean
    PaymentService paymentService(PaymentRepository payments, BillRepository bills, Transactions transactions,
            BusinessCalendar calendar, TabularWriter sheets, ExportLog exports) {
        return new PaymentService(payments, bills, transactions, calendar, sheets, exports);
    }

    @Bean
    CustomerStatementService customerStatementService(BillableCustomers customers, StatementReadModel readModel,
            Transactions transactions, BusinessCalendar calendar, TabularWriter sheets, ExportLog exports) {
        return new CustomerStatementService(customers, readModel, transactions, calendar, sheets, exports);
    }

    @Bean
    PaymentTermsService paymentTermsService(BillableCustomers customers, CustomerPaymentTerms terms,
            Transactions transactions, KamDeskProperties properties) {
        return new PaymentTermsService(customers, terms, transactions, properties.paymentTermsDays());
    }

    @Bean
    BillQueryService billQueryService(BillRepository bills) {
        return new BillQueryService(bills);
    }

    @Bean
    InvoiceSettings invoiceSettings(KamDeskProperties properties) {
        KamDeskProperties.Invoices invoices = properties.invoices();
        KamDeskProperties.Company company = invoices.company();
        return new InvoiceSettings(invoices.numberPrefix(), new VatRate(invoices.vatRate()),
                new InvoiceDocument.Company(company.name(), company.address(), company.phone(), company.email(),
                        company.bin(), logo(company.logo()), invoices.bankAccounts(), invoices.terms()));
    }

    @Bean
    InvoiceDocument invoiceDocument() {
        return new PdfInvoiceDocument();
    }

    @Bean
    InvoiceService invoiceService(InvoiceRepository invoices, BillableCustomers customers, CustomerPaymentTerms terms,
            Transactions transactions, BusinessCalendar calendar, InvoiceSettings settings,
            KamDeskProperties properties, InvoiceDocument document, TabularWriter sheets, ExportLog exports) {
        return new InvoiceService(invoices, customers, terms, transactions, calendar, settings,
                properties.paymentTermsDays(), document, sheets, exports);
    }

    @Bean
    BillingRunSettings billingRunSettings(KamDeskProperties properties) {
        KamDeskProperties.BillingRuns runs = properties.billingRuns();
        return new BillingRunSettings(runs.billingDay(), runs.scheduleDay(), runs.runAs());
    }

    @Bean
    BillingRunBatch billingRunBatch(BillingRunSource source, BillRepository bills, InvoiceService invoices,
            Transactions transactions, BusinessCalendar calendar, BillingSettings billing,
            BillingRunSettings settings) {
        return new BillingRunBatch(source, bills, invoices, transactions, calendar, billing, settings);
    }

    @Bean
    BillingRunService billingRunService(BillingRunRepository runs, BillingRunSource source, BillingRunBatch batch,
            BillingRunQueue queue, FindViewerUseCase viewers, ActingUser actingUser, Transactions transactions,
            BusinessCalendar calendar, BillingRunSettings settings) {
        return new BillingRunService(runs, source, batch, queue, viewers, actingUser, transactions, calendar,
                settings);
    }

    /** The logo file's bytes; a file that cannot be read stops the start, as any other wrong setting. */
    private static byte[] logo(String path) {
        if (path.isBlank()) {
            return null;
        }
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new IllegalStateException("kamdesk.invoices.company.logo: cannot read " + path, e);
        }
    }
}
