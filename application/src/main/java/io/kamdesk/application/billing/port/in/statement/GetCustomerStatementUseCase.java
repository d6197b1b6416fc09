package io.kamdesk.application.billing.port.in.statement;

import io.kamdesk.application.shared.sheet.FileFormat;
import java.io.OutputStream;

/**
 * A customer's statement: the balance owed at the start of the period, each Active bill (by billing
 * date) and each payment not void on those bills (by the day paid) within it with the running
 * balance, and the balance at its end. For a customer the viewer may see.
 */
public interface GetCustomerStatementUseCase {

    CustomerStatementView customerStatement(CustomerStatementQuery query);

    void exportCustomerStatement(CustomerStatementQuery query, FileFormat format, OutputStream out);
}
