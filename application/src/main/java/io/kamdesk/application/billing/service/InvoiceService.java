package io.kamdesk.application.billing.service;

import static io.kamdesk.application.shared.sheet.TabularWriter.Column.date;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.integer;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.money;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.text;

import io.kamdesk.application.billing.port.in.invoice.CreateInvoiceUseCase;
import io.kamdesk.application.billing.port.in.invoice.InvoiceView;
import io.kamdesk.application.billing.port.in.invoice.IssueInvoiceUseCase;
import io.kamdesk.application.billing.port.in.invoice.ListInvoicesQuery;
import io.kamdesk.application.billing.port.in.invoice.ListInvoicesUseCase;
import io.kamdesk.application.billing.port.in.invoice.RenderInvoiceUseCase;
import io.kamdesk.application.billing.port.in.invoice.VoidInvoiceUseCase;
import io.kamdesk.application.billing.port.out.BillableCustomers;
import io.kamdesk.application.billing.port.out.CustomerPaymentTerms;
import io.kamdesk.application.billing.port.out.InvoiceDocument;
import io.kamdesk.application.billing.port.out.InvoiceRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.sheet.ExportLog;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.application.shared.sheet.SheetExport;
import io.kamdesk.application.shared.sheet.TabularWriter.Column;
import io.kamdesk.application.shared.sheet.TabularWriter;
import io.kamdesk.domain.billing.AmountInWords;
import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.billing.Invoice;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Invoices: drafted per customer and month from the month's Active bills, issued (read again and
 * frozen, dated today, due after the customer's terms), voided, listed, exported and rendered, all
 * within the viewer's scope.
 */
public final class InvoiceService implements CreateInvoiceUseCase, ListInvoicesUseCase, IssueInvoiceUseCase,
        VoidInvoiceUseCase, RenderInvoiceUseCase {

    private static final List<Column> COLUMNS = List.of(integer("id"), text("invoice_number"), text("customer"),
            text("month"), text("status"), date("issue_date"), date("due_date"), money("subtotal"), money("discount"),
            money("vat"), money("total"), money("paid"), money("due"));

    private final InvoiceRepository invoices;
    private final BillableCustomers customers;
    private final CustomerPaymentTerms terms;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final InvoiceSettings settings;
    private final int defaultTermsDays;
    private final InvoiceDocument document;
    private final TabularWriter sheets;
    private final ExportLog exports;

    public InvoiceService(InvoiceRepository invoices, BillableCustomers customers, CustomerPaymentTerms terms,
            Transactions transactions, BusinessCalendar calendar, InvoiceSettings settings, int defaultTermsDays,
            InvoiceDocument document, TabularWriter sheets, ExportLog exports) {
        this.invoices = invoices;
        this.customers = customers;
        this.terms = terms;
        this.transactions = transactions;
        this.calendar = calendar;
        this.settings = settings;
        this.defaultTermsDays = defaultTermsDays;
        this.document = document;
        this.sheets = sheets;
        this.exports = exports;
    }

    @Override
    public InvoiceView createInvoice(Viewer viewer, Long customerId, BillingMonth month) {
        FieldErrors errors = new FieldErrors();
        if (customerId == null) {
            errors.add("customer", Reason.REQUIRED);
        }
        if (month == null) {
            errors.add("month", Reason.REQUIRED);
        }
        errors.throwIfAny();
        return transactions.inTransaction(() -> {
            if (customers.findVisible(viewer, customerId).isEmpty()) {
                FieldErrors unknown = new FieldErrors();
                unknown.add("customer", Reason.UNKNOWN_REFERENCE, customerId);
                unknown.throwIfAny();
            }
            long id = draft(viewer, customerId, month);
            return view(viewer, id);
        });
    }

    /**
     * Drafts the customer's invoice of the month within the caller's transaction: the billing run's
     * way too. Refused when the month already has one that is not void, or has no Active bill.
     */
    long draft(Viewer viewer, long customerId, BillingMonth month) {
        invoices.openInvoice(customerId, month).ifPresent(open -> {
            throw new ConflictException(Refusal.INVOICE_EXISTS, open.id(), open.number());
        });
        long id = invoices.nextId();
        Invoice invoice = Invoice.draft(id, settings.number(id, month), customerId, month,
                invoices.monthBills(customerId, month), settings.vatRate(), calendar.now());
        invoices.insert(invoice, viewer.userId());
        return id;
    }

    /** Those of the customers whose month is invoiced already (by an invoice that is not void). */
    Set<Long> invoicedAmong(Collection<Long> customerIds, BillingMonth month) {
        return customerIds.isEmpty() ? Set.of() : invoices.customersInvoiced(customerIds, month);
    }

    @Override
    public InvoiceView issueInvoice(Viewer viewer, long invoiceId) {
        return transactions.inTransaction(() -> {
            Invoice invoice = invoices.findVisibleForUpdate(viewer, invoiceId).orElseThrow(InvoiceService::notFound);
            int days = terms.find(invoice.customerId()).orElse(defaultTermsDays);
            invoices.update(invoice.issue(invoices.monthBills(invoice.customerId(), invoice.month()),
                    settings.vatRate(), calendar.today(), days), calendar.now());
            return view(viewer, invoiceId);
        });
    }

    @Override
    public InvoiceView voidInvoice(Viewer viewer, long invoiceId, String reason) {
        return transactions.inTransaction(() -> {
            Invoice invoice = invoices.findVisibleForUpdate(viewer, invoiceId).orElseThrow(InvoiceService::notFound);
            invoices.update(invoice.voided(reason, viewer.userId(), calendar.now()), calendar.now());
            return view(viewer, invoiceId);
        });
    }

    @Override
    public void listInvoices(ListInvoicesQuery query, ResultSink<InvoiceView> sink) {
        invoices.list(query, sink);
    }

    @Override
    public InvoiceView getInvoice(Viewer viewer, long invoiceId) {
        return view(viewer, invoiceId);
    }

    @Override
    public void exportInvoices(ListInvoicesQuery query, FileFormat format, OutputStream out) {
        long rows = SheetExport.<InvoiceView>write(sheets, out, format, COLUMNS, sink -> invoices.list(query, sink),
                InvoiceService::row);
        exports.exported(ExportLog.ExportedSheet.INVOICES, rows);
    }

    @Override
    public void renderInvoice(Viewer viewer, long invoiceId, OutputStream out) {
        InvoiceView invoice = view(viewer, invoiceId);
        document.write(invoice, settings.company(), AmountInWords.taka(invoice.due()), out);
    }

    private InvoiceView view(Viewer viewer, long id) {
        return invoices.findView(viewer, id).orElseThrow(InvoiceService::notFound);
    }

    private static List<Object> row(InvoiceView invoice) {
        return Arrays.asList(invoice.id(), invoice.number(), invoice.customer().name(), invoice.month().toString(),
                invoice.status().name().toLowerCase(Locale.ROOT), invoice.issueDate(), invoice.dueDate(),
                invoice.subtotal().amount(), invoice.discount().amount(), invoice.vat().amount(),
                invoice.total().amount(), invoice.paid().amount(), invoice.due().amount());
    }

    private static NotFoundException notFound() {
        return new NotFoundException(Subject.INVOICE);
    }
}
