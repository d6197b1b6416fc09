package io.kamdesk.application.fileio.port.in;

import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.shared.sheet.FileFormat;
import java.io.OutputStream;

/** Writes the customers a list query selects (filters, search, ordering, scope) as a spreadsheet. */
public interface ExportCustomersUseCase {

    void exportCustomers(ListCustomersQuery query, FileFormat format, OutputStream out);
}
