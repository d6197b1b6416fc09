package io.kamdesk.adapter.in.rest.billing;

import io.kamdesk.adapter.in.rest.shared.Downloads;
import io.kamdesk.adapter.in.rest.shared.InvalidRequestException;
import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.ListResponder;
import io.kamdesk.application.billing.port.in.invoice.CreateInvoiceUseCase;
import io.kamdesk.application.billing.port.in.invoice.InvoiceSortField;
import io.kamdesk.application.billing.port.in.invoice.InvoiceView;
import io.kamdesk.application.billing.port.in.invoice.IssueInvoiceUseCase;
import io.kamdesk.application.billing.port.in.invoice.ListInvoicesQuery;
import io.kamdesk.application.billing.port.in.invoice.ListInvoicesUseCase;
import io.kamdesk.application.billing.port.in.invoice.RenderInvoiceUseCase;
import io.kamdesk.application.billing.port.in.invoice.VoidInvoiceUseCase;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.domain.billing.InvoiceStatus;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoices: one per customer and month, drafted from the month's Active bills, issued (frozen), voided,
 * listed, exported and downloaded as the A4 PDF a customer is sent; within the caller's scope.
 */
@RestController
@Tag(name = "Invoices")
class InvoicesController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PDF = "application/pdf";
    private static final String SEARCH = "invoice number, customer name and company name";
    private static final String INVOICE_EXAMPLE = """
            {"id": 42, "invoice_number": "INV-202603-000042", "customer": 4, "customer_name": "Rahman Telecom",
             "month": "2026-03", "status": "issued", "issue_date": "2026-03-12", "due_date": "2026-04-11",
             "vat_rate": "7.50", "subtotal": "1100.25", "discount": "50.00", "vat": "78.77", "total": "1129.02",
             "paid": "0.00", "due": "1129.02", "bills": [17],
             "lines": [{"bill": 17, "bill_number": "KTL-BL-RAHMAN-17-01032026", "component": "iig", "quantity": "10",
                        "unit_price": "100.00", "amount": "1000.00"},
                       {"bill": 17, "bill_number": "KTL-BL-RAHMAN-17-01032026", "component": "bdix",
                        "quantity": "2.5", "unit_price": "40.10", "amount": "100.25"}],
             "customer_details": {"id": 4, "customer_number": "CUST-000004", "name": "Rahman Telecom",
                                  "company_name": "Rahman Telecom Ltd.", "email": "noc@rahman.example",
                                  "phone": "+880 1811 000000", "address": "Agrabad, Chattogram", "kam": 2,
                                  "kam_name": "kam.karim"},
             "void_reason": null, "voided_at": null, "created_by": 1, "created_at": "2026-03-01T00:00:00Z",
             "updated_at": "2026-03-12T04:00:00Z", "pdf_url": "/api/invoices/42/?format=pdf"}""";

    private final CreateInvoiceUseCase create;
    private final ListInvoicesUseCase invoices;
    private final IssueInvoiceUseCase issue;
    private final VoidInvoiceUseCase voiding;
    private final RenderInvoiceUseCase render;
    private final ListResponder lists;

    InvoicesController(CreateInvoiceUseCase create, ListInvoicesUseCase invoices, IssueInvoiceUseCase issue,
            VoidInvoiceUseCase voiding, RenderInvoiceUseCase render, ListResponder lists) {
        this.create = create;
        this.invoices = invoices;
        this.issue = issue;
        this.voiding = voiding;
        this.render = render;
        this.lists = lists;
    }

    @PostMapping(path = "/api/invoices/", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draft a customer's invoice for a month", description = "Groups the customer's Active "
            + "bills dated in the month. A draft is read again from its bills when issued.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
            value = "{\"customer\": 4, \"month\": \"2026-03\"}")))
    @ApiResponse(responseCode = "201", description = "Drafted", content = @Content(
            schema = @Schema(implementation = InvoiceResponse.class),
            examples = @ExampleObject(value = INVOICE_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "No customer or month, a malformed month, or a customer "
            + "outside the caller's scope")
    @ApiResponse(responseCode = "409", description = "The month already has an invoice that is not void "
            + "(invoice_exists), or the customer has no Active bill in it (nothing_to_invoice)")
    ResponseEntity<InvoiceResponse> createInvoice(@AuthenticationPrincipal Viewer viewer,
            @RequestBody InvoiceRequest body) {
        InvoiceRequest sent = body == null ? new InvoiceRequest(null, null) : body;
        InvoiceView created = create.createInvoice(viewer, sent.customer(), Months.parse("month", sent.month()));
        return ResponseEntity.status(HttpStatus.CREATED).body(InvoiceResponse.from(created));
    }

    @GetMapping(path = "/api/invoices/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List invoices", description = "Newest first by default. Bare array, or the envelope with "
            + "page/page_size.")
    @InvoiceFilters
    @ApiResponse(responseCode = "200", description = "The invoices", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = InvoiceResponse.class))))
    @ListQuery(ordering = InvoiceSortField.class, search = SEARCH)
    void listInvoices(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request,
            HttpServletResponse response) {
        ListInvoicesQuery query = query(viewer, request);
        lists.respond(request, response, query.spec(), sink -> invoices.listInvoices(query, sink),
                InvoiceResponse::from);
    }

    @GetMapping("/api/invoices/export/")
    @Operation(summary = "Export invoices", description = "format=csv (default), excel or xlsx; the list's filters, "
            + "search and ordering apply.")
    @InvoiceFilters
    @ListQuery(ordering = InvoiceSortField.class, download = true, search = SEARCH)
    @ApiResponse(responseCode = "200", description = "invoices.csv or invoices.xlsx", content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    void exportInvoices(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request,
            HttpServletResponse response) {
        FileFormat format = Downloads.format(request.getParameter("format"));
        ListInvoicesQuery query = query(viewer, request);
        Downloads.send(response, "invoices", format, out -> invoices.exportInvoices(query, format, out));
    }

    @GetMapping(path = "/api/invoices/{id}/", produces = {MediaType.APPLICATION_JSON_VALUE, PDF})
    @Operation(summary = "Get an invoice, or its PDF", description = "format=pdf answers the A4 document the "
            + "customer is sent (application/pdf, named after the invoice number); format=json (default) the invoice.")
    @Parameter(name = "format", in = ParameterIn.QUERY, schema = @Schema(type = "string",
            allowableValues = {"json", "pdf"}))
    @ApiResponse(responseCode = "200", description = "The invoice, or its PDF", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = InvoiceResponse.class),
                examples = @ExampleObject(value = INVOICE_EXAMPLE)),
        @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "400", description = "An unknown format")
    @ApiResponse(responseCode = "404", description = "No such invoice within the caller's scope")
    ResponseEntity<InvoiceResponse> getInvoice(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @RequestParam(name = "format", required = false) String format, HttpServletResponse response) {
        String wanted = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("json")) {
            return ResponseEntity.ok(InvoiceResponse.from(invoices.getInvoice(viewer, id)));
        }
        if (!wanted.equals("pdf")) {
            throw InvalidRequestException.of("format", "\"" + format + "\" is not a valid choice; use json or pdf.");
        }
        InvoiceView invoice = invoices.getInvoice(viewer, id);
        response.setContentType(PDF);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + invoice.number() + ".pdf\"");
        try {
            render.renderInvoice(viewer, id, response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    @PostMapping(path = "/api/invoices/{id}/issue/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Issue a draft invoice", description = "Reads the month's Active bills and the VAT rate "
            + "again, dates the invoice today, due after the customer's payment terms, and freezes it: its bills "
            + "cannot change until it is voided.")
    @ApiResponse(responseCode = "200", description = "The issued invoice", content = @Content(
            schema = @Schema(implementation = InvoiceResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such invoice within the caller's scope")
    @ApiResponse(responseCode = "409", description = "Not a draft (invoice_not_draft), or its bills are all gone "
            + "(nothing_to_invoice)")
    InvoiceResponse issueInvoice(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        return InvoiceResponse.from(issue.issueInvoice(viewer, id));
    }

    @PostMapping(path = "/api/invoices/{id}/void/", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Void an invoice", description = "Kept and marked; its bills may change and the month be "
            + "invoiced again. reason is required.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
            value = "{\"reason\": \"Wrong discount\"}")))
    @ApiResponse(responseCode = "200", description = "The voided invoice", content = @Content(
            schema = @Schema(implementation = InvoiceResponse.class)))
    @ApiResponse(responseCode = "400", description = "No reason")
    @ApiResponse(responseCode = "404", description = "No such invoice within the caller's scope")
    @ApiResponse(responseCode = "409", description = "Voided before (invoice_void)")
    InvoiceResponse voidInvoice(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @RequestBody VoidInvoiceRequest body) {
        return InvoiceResponse.from(voiding.voidInvoice(viewer, id, body == null ? null : body.reason()));
    }

    private static ListInvoicesQuery query(Viewer viewer, HttpServletRequest request) {
        ListParameters parameters = ListParameters.of(request);
        return new ListInvoicesQuery(viewer, parameters.id("customer"),
                Optional.ofNullable(Months.parse("month", request.getParameter("month"))),
                parameters.choice("status", InvoiceStatus.class, status -> status.name().toLowerCase(Locale.ROOT)),
                parameters.spec(InvoiceSortField.class));
    }

    /** A customer and a month to invoice. */
    @Schema(name = "InvoiceRequest")
    record InvoiceRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "4") Long customer,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-03",
                    pattern = "^\\d{4}-\\d{2}$") String month) {
    }

    /** Why an invoice is voided. */
    @Schema(name = "VoidInvoiceRequest")
    record VoidInvoiceRequest(@Schema(maxLength = 500, requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }
}
