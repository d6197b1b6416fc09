package io.kamdesk.application.billing.port.out;

import io.kamdesk.application.billing.port.in.invoice.InvoiceView;
import io.kamdesk.application.billing.port.in.invoice.ListInvoicesQuery;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.billing.Invoice;
import io.kamdesk.domain.billing.InvoicedBill;
import io.kamdesk.domain.identity.Viewer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stored invoices. Reads that take a viewer answer only invoices of customers the viewer may see. */
public interface InvoiceRepository {

    /** Reserves the id of an invoice about to be drafted (its number contains it). */
    long nextId();

    /**
     * Stores a new draft with its lines and bills; a concurrent draft of the same customer and month
     * is refused as {@code INVOICE_EXISTS}.
     */
    void insert(Invoice invoice, long createdBy);

    /** Stores an issue (status, dates, figures, lines and bills) or a void (its status and reason). */
    void update(Invoice invoice, Instant now);

    Optional<Invoice> findVisibleForUpdate(Viewer viewer, long id);

    Optional<InvoiceView> findView(Viewer viewer, long id);

    void list(ListInvoicesQuery query, ResultSink<InvoiceView> sink);

    /** Those of the customers that have an invoice of the month that is not void. */
    Set<Long> customersInvoiced(Collection<Long> customerIds, BillingMonth month);

    /** The customer's invoice of the month that is not void, if any. */
    Optional<OpenInvoice> openInvoice(long customerId, BillingMonth month);

    /** The customer's Active bills dated in the month, locked against change until the transaction ends. */
    List<InvoicedBill> monthBills(long customerId, BillingMonth month);

    /** The number of the issued invoice a bill is on, if any: such a bill may not change. */
    Optional<String> issuedInvoiceOfBill(long billId);

    record OpenInvoice(long id, String number) {
    }
}
