package io.kamdesk.adapter.in.rest.fileio;

import io.kamdesk.adapter.in.rest.billing.BillFilters;
import io.kamdesk.adapter.in.rest.crm.CustomerFilters;
import io.kamdesk.adapter.in.rest.shared.InvalidRequestException;
import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.application.billing.port.in.BillSortField;
import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.crm.port.in.CustomerSortField;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.fileio.port.in.ExportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ExportCustomersUseCase;
import io.kamdesk.application.fileio.port.in.FileFormat;
import io.kamdesk.application.fileio.port.in.ImportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ImportCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.crm.CustomerStatus;
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
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Spreadsheet import and export of customers and bills, within the caller's scope. */
@RestController
@Tag(name = "Import & Export")
class ImportExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportCustomersUseCase importCustomers;
    private final ImportBillsUseCase importBills;
    private final ExportCustomersUseCase exportCustomers;
    private final ExportBillsUseCase exportBills;

    ImportExportController(ImportCustomersUseCase importCustomers, ImportBillsUseCase importBills,
            ExportCustomersUseCase exportCustomers, ExportBillsUseCase exportBills) {
        this.importCustomers = importCustomers;
        this.importBills = importBills;
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
    ImportResponses.CustomersImported importCustomers(@AuthenticationPrincipal Viewer viewer,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "dry_run", required = false) String dryRun,
            @RequestParam(name = "mode", required = false) String mode) {
        boolean dry = flag(dryRun);
        return ImportResponses.CustomersImported.from(
                importCustomers.importCustomers(request(viewer, file, mode, dry)), dry);
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
    ImportResponses.BillsImported importBills(@AuthenticationPrincipal Viewer viewer,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "dry_run", required = false) String dryRun,
            @RequestParam(name = "mode", required = false) String mode) {
        boolean dry = flag(dryRun);
        return ImportResponses.BillsImported.from(importBills.importBills(request(viewer, file, mode, dry)), dry);
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

    private static ImportFileCommand request(Viewer viewer, MultipartFile file, String mode, boolean dryRun) {
        if (file == null || file.isEmpty()) {
            throw InvalidRequestException.of("file", "No file was submitted.");
        }
        if (mode != null && !mode.isBlank() && !mode.strip().equalsIgnoreCase("atomic")) {
            throw InvalidRequestException.of("mode",
                    "\"" + mode + "\" is not a valid choice; use atomic or leave it out.");
        }
        try {
            InputStream content = file.getInputStream();
            return new ImportFileCommand(viewer, file.getOriginalFilename(), content,
                    mode != null && mode.strip().equalsIgnoreCase("atomic"),
                    dryRun, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean flag(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes"));
    }
}
