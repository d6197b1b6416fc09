package io.kamdesk.application.analytics.port.in.aging;

import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.sheet.FileFormat;
import java.io.OutputStream;

/**
 * Receivables aging: of Active bills with something still due as of the day, how much is how long
 * past its due date (the billing date plus the payment terms), overall, per KAM and per customer.
 * Amounts still due are the bill's total less its payments (not void) paid on or before the day.
 */
public interface GetReceivablesAgingUseCase {

    ReceivablesAgingView receivablesAging(ReceivablesAgingQuery query);

    /** The customers who owe, largest overdue amount first by default. */
    void agingCustomers(ReceivablesAgingQuery query, ResultSink<CustomerAgingView> sink);

    void exportAgingCustomers(ReceivablesAgingQuery query, FileFormat format, OutputStream out);
}
