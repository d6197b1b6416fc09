package io.kamdesk.application.billing.port.in.invoice;

import io.kamdesk.domain.identity.Viewer;

/**
 * Issues a draft: read again from its month's bills and the VAT rate as they are now, dated today,
 * due after the customer's payment terms, and frozen from then on.
 */
public interface IssueInvoiceUseCase {

    InvoiceView issueInvoice(Viewer viewer, long invoiceId);
}
