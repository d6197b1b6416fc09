package io.kamdesk.application.billing.port.in.payment;

import io.kamdesk.application.shared.sheet.FileFormat;
import java.io.OutputStream;

/** Writes the payments a list would show into a spreadsheet. */
public interface ExportPaymentsUseCase {

    void exportPayments(ListPaymentsQuery query, FileFormat format, OutputStream out);
}
