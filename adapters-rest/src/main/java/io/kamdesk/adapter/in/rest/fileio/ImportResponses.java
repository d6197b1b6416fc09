package io.kamdesk.adapter.in.rest.fileio;

import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.RowProblem;
import java.util.List;

/** The answers of the import endpoints, as the API document shows them plus the details. */
final class ImportResponses {

    private ImportResponses() {
    }

    /** processed = created + updated + unchanged + failed (rows with errors). */
    record CustomersImported(boolean success, long processed, long created, long updated, long unchanged,
            long failed, List<String> errors, List<RowProblem> errorDetails, boolean dryRun, boolean written) {

        static CustomersImported from(ImportReport report, boolean dryRun) {
            return new CustomersImported(report.success(), report.processed(), report.customersCreated(),
                    report.customersUpdated(), report.customersUnchanged(), report.rowsFailed(), texts(report),
                    report.errors(), dryRun, report.written());
        }
    }

    /** processed = bills_created + bills_updated + bills_unchanged + failed (rows with errors). */
    record BillsImported(boolean success, long processed, long customersCreated, long billsCreated,
            long billsUpdated, long billsUnchanged, long failed, List<String> errors, List<RowProblem> errorDetails,
            boolean dryRun, boolean written) {

        static BillsImported from(ImportReport report, boolean dryRun) {
            return new BillsImported(report.success(), report.processed(), report.customersCreated(),
                    report.billsCreated(), report.billsUpdated(), report.billsUnchanged(), report.rowsFailed(),
                    texts(report), report.errors(), dryRun, report.written());
        }
    }

    private static List<String> texts(ImportReport report) {
        return report.errors().stream().map(RowProblem::asText).toList();
    }
}
