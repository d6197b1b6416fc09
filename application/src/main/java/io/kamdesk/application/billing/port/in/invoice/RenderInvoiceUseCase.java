package io.kamdesk.application.billing.port.in.invoice;

import io.kamdesk.domain.identity.Viewer;
import java.io.OutputStream;

/**
 * Writes the document a customer is sent (A4 PDF) of an invoice the viewer may see; one the viewer
 * may not see is not found before a byte is written.
 */
public interface RenderInvoiceUseCase {

    void renderInvoice(Viewer viewer, long invoiceId, OutputStream out);
}
