package io.kamdesk.application.billing.port.in.invoice;

import io.kamdesk.domain.identity.Viewer;

/** Voids an invoice with a reason: kept and marked, its bills free to change and be invoiced anew. */
public interface VoidInvoiceUseCase {

    InvoiceView voidInvoice(Viewer viewer, long invoiceId, String reason);
}
