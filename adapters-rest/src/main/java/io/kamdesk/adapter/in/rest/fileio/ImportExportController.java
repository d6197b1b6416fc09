package io.kamdesk.adapter.in.rest.fileio;

import io.kamdesk.adapter.in.rest.billing.BillFilters;
import io.kamdesk.adapter.in.rest.crm.CustomerFilters;
import io.kamdesk.adapter.in.rest.shared.AsyncPreference;
import io.kamdesk.adapter.in.rest.shared.Downloads;
import io.kamdesk.adapter.in.rest.shared.InvalidRequestException;
import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.QueryFlags;
import io.kamdesk.application.billing.port.in.BillSortField;
import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.crm.port.in.CustomerSortField;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.fileio.port.in.ExportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ExportCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.job.ImportNowUseCase;
import io.kamdesk.application.fileio.port.in.job.StartImportCommand;
import io.kamdesk.application.fileio.port.in.job.StartImportJobUseCase;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.fileio.SheetKind;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Spreadsheet import and export of customers and bills, within the caller's scope. */
@RestController
@Tag(name = "Import & Export")
class ImportExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportNowUseCase importNow;
    private final StartImportJobUseCase startJob;
    private final ExportCustomersUseCase exportCustomers;
    private final ExportBillsUseCase exportBills;

    ImportExportController(ImportNowUseCase importNow, StartImportJobUseCase startJob,
            ExportCustomersUseCase exportCustomers, ExportBillsUseCase exportBills) {
        this.importNow = importNow;
        this.startJob = startJob;
        this.exportCustomers = exportCustomers;
        this.exportBills = exportBills;
    }

    @PostMapping(path = "/api/customers/import/", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import customers from CSV/XLSX/XLS", description = "Multipart field file. Upsert by "
            + "e-mail. Good rows are written, bad ones reported (errors as \"Row N: column: message\", error_details "
            + "as objects); mode=atomic writes all or none; dry_run=true writes nothing.")
    @ImportOptions
    @ApiResponse(responseCode = "200", description = "The report", content = @Content(
            schema = @Schema(implementation = ImportResponses.CustomersImported.class), examples = @ExampleObject(
            value = "{\"success\": true, \"processed\": 5, \"created\": 3, \"updated\": 2, \"unchanged\": 0, "
                    + "\"failed\": 0, \"errors\": [], \"error_details\": [], \"dry_run\": false, \"written\": true}")))
    @ApiResponse(responseCode = "400", description = "Not a readable spreadsheet, or required columns missing")
    @ApiResponse(responseCode = "413", description = "The file is larger than the upload limit")
    @ApiResponse(responseCode = "202", description = "Queued as a job (async=true or Prefer: respond-async); "
            + "Location names it", content = @Content(schema = @Schema(implementation = ImportJobResponse.class)))
    ResponseEntity<Object> importCustomers(@AuthenticationPrincipal Viewer viewer,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "dry_run", required = false) String dryRun,
            @RequestParam(name = "mode", required = false) String mode,
            @RequestParam(name = "async", required = false) String async,
            @RequestHeader(name = "Prefer", required = false) String prefer) {
        boolean dry = QueryFlags.flag(dryRun);
        return start(request(viewer, SheetKind.CUSTOMERS, file, mode, dry), async, prefer,
                report -> ImportResponses.CustomersImported.from(report, dry));
    }

    @PostMapping(path = "/api/bills/import/", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import bills from CSV/XLSX/XLS", description = "The business's receivables sheet imports "
            + "unchanged (\"Name Of Party\", \"E-mail\", \"IIG-QT\", \"Price\", ...). A missing customer is created "
            + "from the row; bills are upserted by customer, billing date, NTTN cap and NTTN com. Totals in the file "
            + "are checked, never trusted.")
    @ImportOptions
    @ApiResponse(responseCode = "200", description = "The report", content = @Content(
            schema = @Schema(implementation = ImportResponses.BillsImported.class), examples = @ExampleObject(
            value = "{\"success\": true, \"processed\": 10, \"customers_created\": 2, \"bills_created\": 10, "
                    + "\"bills_updated\": 0, \"bills_unchanged\": 0, \"failed\": 0, \"errors\": [], "
                    + "\"error_details\": [], \"dry_run\": false, "
                    + "\"written\": true}")))
    @ApiResponse(responseCode = "202", description = "Queued as a job (async=true or Prefer: respond-async); "
            + "Location names it", content = @Content(schema = @Schema(implementation = ImportJobResponse.class)))
    ResponseEntity<Object> importBills(@AuthenticationPrincipal Viewer viewer,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "dry_run", required = false) String dryRun,
            @RequestParam(name = "mode", required = false) String mode,
            @RequestParam(name = "async", required = false) String async,
            @RequestHeader(name = "Prefer", required = false) String prefer) {
        boolean dry = QueryFlags.flag(dryRun);
        return start(request(viewer, SheetKind.BILLS, file, mode, dry), async, prefer,
                report -> ImportResponses.BillsImported.from(report, dry));
    }

    @GetMapping("/api/customers/export/")
    @Operation(summary = "Export customers", description = "format=csv (default), excel or xlsx; the list's filters, "
            + "search, ordering and the caller's scope apply. CSV is UTF-8 with a byte-order mark.")
    @CustomerFilters
    @ListQuery(ordering = CustomerSortField.class, download = true,
            search = "name, company name, email, phone, customer number and link id")
    @ApiResponse(responseCode = "200", description = "customers.csv or customers.xlsx", content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    void exportCustomers(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request,
            HttpServletResponse response) {
        ListParameters parameters = ListParameters.of(request);
        FileFormat format = Downloads.format(request.getParameter("format"));
        var query = new ListCustomersQuery(viewer, parameters.id("assigned_sales_person"),
                parameters.choice("status", CustomerStatus.class, CustomerStatus::code),
                parameters.spec(CustomerSortField.class));
        Downloads.send(response, "customers", format, out -> exportCustomers.exportCustomers(query, format, out));
    }

    @GetMapping("/api/bills/export/")
    @Operation(summary = "Export bills", description = "format=csv (default), excel or xlsx; the list's filters, "
            + "search, ordering and the caller's scope apply.")
    @BillFilters
    @ListQuery(ordering = BillSortField.class, download = true,
            search = "remarks, NTTN cap and com, bill number, and the customer's name and company name")
    @ApiResponse(responseCode = "200", description = "bill_records.csv or bill_records.xlsx", content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    void exportBills(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request,
            HttpServletResponse response) {
        ListParameters parameters = ListParameters.of(request);
        FileFormat format = Downloads.format(request.getParameter("format"));
        var query = new ListBillsQuery(viewer, parameters.choice("status", BillStatus.class, BillStatus::code),
                parameters.id("customer"), parameters.date("billing_date"), parameters.date("billing_date_after"),
                parameters.date("billing_date_before"), parameters.spec(BillSortField.class));
        Downloads.send(response, "bill_records", format, out -> exportBills.exportBills(query, format, out));
    }

    /**
     * Queues the import (202, the job, Location) when the caller asks for it, else runs it now and
     * answers the report, with the job it leaves behind in Content-Location.
     */
    private ResponseEntity<Object> start(StartImportCommand command, String async, String prefer,
            Function<ImportReport, Object> report) {
        if (AsyncPreference.asked(async, prefer)) {
            ImportJobResponse job = ImportJobResponse.of(startJob.startImportJob(command));
            return ResponseEntity.accepted().location(URI.create(job.url()))
                    .header(AsyncPreference.APPLIED, AsyncPreference.RESPOND_ASYNC).body(job);
        }
        ImportNowUseCase.RecordedImport done = importNow.importNow(command);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LOCATION, ImportJobResponse.PATH + done.jobId() + "/")
                .body(report.apply(done.report()));
    }

    private static StartImportCommand request(Viewer viewer, SheetKind kind, MultipartFile file, String mode,
            boolean dryRun) {
        if (file == null || file.isEmpty()) {
            throw InvalidRequestException.of("file", "No file was submitted.");
        }
        if (mode != null && !mode.isBlank() && !mode.strip().equalsIgnoreCase("atomic")) {
            throw InvalidRequestException.of("mode",
                    "\"" + mode + "\" is not a valid choice; use atomic or leave it out.");
        }
        try {
            return new StartImportCommand(viewer, kind, file.getOriginalFilename(), file.getBytes(),
                    mode != null && mode.strip().equalsIgnoreCase("atomic"), dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
