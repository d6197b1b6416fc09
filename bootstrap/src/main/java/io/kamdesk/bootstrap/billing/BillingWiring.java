package io.kamdesk.bootstrap.billing;

import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.BillableCustomers;
import io.kamdesk.application.billing.port.out.CustomerPaymentTerms;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.billing.port.out.StatementReadModel;
import io.kamdesk.application.billing.service.BillQueryService;
import io.kamdesk.application.billing.service.BillingSettings;
import io.kamdesk.application.billing.service.CreateBillService;
import io.kamdesk.application.billing.service.CustomerStatementService;
import io.kamdesk.application.billing.service.DeleteBillService;
import io.kamdesk.application.billing.service.PaymentService;
import io.kamdesk.application.billing.service.PaymentTermsService;
import io.kamdesk.application.billing.service.UpdateBillService;
import io.kamdesk.application.billing.service.UpsertBillsService;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.sheet.ExportLog;
import io.kamdesk.application.shared.sheet.TabularWriter;
import io.kamdesk.bootstrap.shared.KamDeskProperties;
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
}
