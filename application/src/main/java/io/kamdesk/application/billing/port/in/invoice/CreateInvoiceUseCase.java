package io.kamdesk.application.billing.port.in.invoice;

import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.identity.Viewer;

/**
 * Drafts a customer's invoice for a month from that month's Active bills. A customer the viewer may
 * not see does not exist; a customer with an invoice of the month that is not void, or without bills
 * in it, is refused.
 */
public interface CreateInvoiceUseCase {

    InvoiceView createInvoice(Viewer viewer, Long customerId, BillingMonth month);
}
