package io.kamdesk.adapter.in.rest.fileio;

import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answers of the import endpoints, as the API document shows them plus the details. */
final class ImportResponses {

    private ImportResponses() {
    }

    /** processed = created + updated + unchanged + failed (rows with errors). */
    record CustomersImported(boolean success, long processed, long created, long updated, long unchanged,
            long failed, List<String> errors, List<RowProblemResponse> errorDetails, boolean dryRun, boolean written) {

        static CustomersImported from(ImportReport report, boolean dryRun) {
            return new CustomersImported(report.success(), report.processed(), report.customersCreated(),
                    report.customersUpdated(), report.customersUnchanged(), report.rowsFailed(), texts(report),
                    details(report), dryRun, report.written());
        }
    }

    /** processed = bills_created + bills_updated + bills_unchanged + failed (rows with errors). */
    record BillsImported(boolean success, long processed, long customersCreated, long billsCreated,
            long billsUpdated, long billsUnchanged, long failed, List<String> errors,
            List<RowProblemResponse> errorDetails, boolean dryRun, boolean written) {

        static BillsImported from(ImportReport report, boolean dryRun) {
            return new BillsImported(report.success(), report.processed(), report.customersCreated(),
                    report.billsCreated(), report.billsUpdated(), report.billsUnchanged(), report.rowsFailed(),
                    texts(report), details(report), dryRun, report.written());
        }
    }

    /** One problem of one row: the spreadsheet row number, the column's title, the cell and why. */
    @Schema(name = "RowProblem")
    record RowProblemResponse(int row, String column, String value, String message) {

        static RowProblemResponse of(RowProblem problem) {
            return new RowProblemResponse(problem.row(), problem.column(), problem.value(),
                    FileWording.sentence(problem));
        }
    }

    private static List<String> texts(ImportReport report) {
        return report.errors().stream().map(FileWording::line).toList();
    }

    private static List<RowProblemResponse> details(ImportReport report) {
        return report.errors().stream().map(RowProblemResponse::of).toList();
    }
}
