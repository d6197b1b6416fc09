package io.kamdesk.application.billing.port.in.invoice;

import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.domain.identity.Viewer;
import java.io.OutputStream;

/** Invoices within the viewer's scope: listed, read one by one, exported. */
public interface ListInvoicesUseCase {

    void listInvoices(ListInvoicesQuery query, ResultSink<InvoiceView> sink);

    InvoiceView getInvoice(Viewer viewer, long invoiceId);

    void exportInvoices(ListInvoicesQuery query, FileFormat format, OutputStream out);
}
