package io.kamdesk.application.fileio.port.in;

import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.shared.sheet.FileFormat;
import java.io.OutputStream;

/** Writes the bills a list query selects (filters, search, ordering, scope) as a spreadsheet. */
public interface ExportBillsUseCase {

    void exportBills(ListBillsQuery query, FileFormat format, OutputStream out);
}
