package io.kamdesk.adapter.in.rest.billing;

import io.kamdesk.adapter.in.rest.shared.Downloads;
import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.ListResponder;
import io.kamdesk.application.billing.port.in.ListBillsUseCase;
import io.kamdesk.application.billing.port.in.payment.ExportPaymentsUseCase;
import io.kamdesk.application.billing.port.in.payment.ListPaymentsQuery;
import io.kamdesk.application.billing.port.in.payment.ListPaymentsUseCase;
import io.kamdesk.application.billing.port.in.payment.PaymentSortField;
import io.kamdesk.application.billing.port.in.payment.RecordPaymentCommand;
import io.kamdesk.application.billing.port.in.payment.RecordPaymentUseCase;
import io.kamdesk.application.billing.port.in.payment.VoidPaymentCommand;
import io.kamdesk.application.billing.port.in.payment.VoidPaymentUseCase;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.domain.billing.PaymentMethod;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment ledger: money recorded against bills, listed, exported and voided, within the caller's
 * scope (the bills of customers they may see).
 */
@RestController
@Tag(name = "Payments")
class PaymentsController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PAYMENT_EXAMPLE = """
            {"id": 7, "bill": 1, "bill_number": "KTL-BL-ACMEX-1-30112025", "customer": 1, "customer_name": "Acme Inc",
             "amount": "5000.00", "paid_on": "2025-12-03", "method": "bkash", "reference": "TRX8F2K1",
             "remarks": "", "received_by": 2, "received_by_name": "john_doe",
             "recorded_at": "2025-12-03T09:15:00Z", "is_void": false, "voided_at": null, "voided_by": null,
             "voided_by_name": null, "void_reason": null}""";

    private final RecordPaymentUseCase record;
    private final VoidPaymentUseCase voiding;
    private final ListPaymentsUseCase payments;
    private final ExportPaymentsUseCase export;
    private final ListBillsUseCase bills;
    private final ListResponder lists;

    PaymentsController(RecordPaymentUseCase record, VoidPaymentUseCase voiding, ListPaymentsUseCase payments,
            ExportPaymentsUseCase export, ListBillsUseCase bills, ListResponder lists) {
        this.record = record;
        this.voiding = voiding;
        this.payments = payments;
        this.export = export;
        this.bills = bills;
        this.lists = lists;
    }

    @PostMapping(path = "/api/bills/{id}/payments/", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a payment against a bill", description = "amount (> 0; an adjustment may be "
            + "negative, never zero) and method are required; paid_on defaults to today and may not be in the future. "
            + "The bill's total_received and total_due follow; received_by is the caller.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"amount": "5000.00", "paid_on": "2025-12-03", "method": "bkash", "reference": "TRX8F2K1",
             "remarks": "December, part 1"}""")))
    @ApiResponse(responseCode = "201", description = "Recorded", content = @Content(
            schema = @Schema(implementation = PaymentResponse.class),
            examples = @ExampleObject(value = PAYMENT_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "A missing or invalid field")
    @ApiResponse(responseCode = "404", description = "No such bill within the caller's scope")
    ResponseEntity<PaymentResponse> recordPayment(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @RequestBody PaymentRequest body) {
        PaymentRequest sent = body == null ? new PaymentRequest(Patch.absent(), null, null, null, null) : body;
        BigDecimal amount = sent.amount() == null ? null : sent.amount().orElse(null);
        return ResponseEntity.status(HttpStatus.CREATED).body(PaymentResponse.from(record.recordPayment(
                new RecordPaymentCommand(viewer, id, amount, sent.paidOn(), sent.method(), sent.reference(),
                        sent.remarks()))));
    }

    @GetMapping(path = "/api/bills/{id}/payments/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List a bill's payments", description = "Void ones included (is_void). Newest paid first "
            + "by default.")
    @ApiResponse(responseCode = "200", description = "The payments", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = PaymentResponse.class))))
    @ApiResponse(responseCode = "404", description = "No such bill within the caller's scope")
    @ListQuery(ordering = PaymentSortField.class, search = "reference, remarks, receiver, bill number and customer")
    void listBillPayments(@AuthenticationPrincipal Viewer viewer, @PathVariable long id, HttpServletRequest request,
            HttpServletResponse response) {
        bills.getBill(viewer, id);
        ListParameters parameters = ListParameters.of(request);
        ListPaymentsQuery query = new ListPaymentsQuery(viewer, Optional.empty(), Optional.of(id), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), parameters.spec(PaymentSortField.class));
        lists.respond(request, response, query.spec(), sink -> payments.listPayments(query, sink),
                PaymentResponse::from);
    }

    @GetMapping(path = "/api/payments/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List payments", description = "Across the bills the caller may see, void ones included. "
            + "Newest paid first by default. Bare array, or the envelope with page/page_size.")
    @PaymentFilters
    @ApiResponse(responseCode = "200", description = "The payments", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = PaymentResponse.class)),
            examples = @ExampleObject(value = "[" + PAYMENT_EXAMPLE + "]")))
    @ListQuery(ordering = PaymentSortField.class, search = "reference, remarks, receiver, bill number and customer")
    void listPayments(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request,
            HttpServletResponse response) {
        ListPaymentsQuery query = query(viewer, ListParameters.of(request));
        lists.respond(request, response, query.spec(), sink -> payments.listPayments(query, sink),
                PaymentResponse::from);
    }

    @GetMapping("/api/payments/export/")
    @Operation(summary = "Export payments", description = "format=csv (default), excel or xlsx; the list's filters, "
            + "search, ordering and the caller's scope apply.")
    @PaymentFilters
    @ListQuery(ordering = PaymentSortField.class, download = true,
            search = "reference, remarks, receiver, bill number and customer")
    @ApiResponse(responseCode = "200", description = "payments.csv or payments.xlsx", content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    void exportPayments(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request,
            HttpServletResponse response) {
        FileFormat format = Downloads.format(request.getParameter("format"));
        ListPaymentsQuery query = query(viewer, ListParameters.of(request));
        Downloads.send(response, "payments", format, out -> export.exportPayments(query, format, out));
    }

    @GetMapping(path = "/api/payments/{id}/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Get a payment")
    @ApiResponse(responseCode = "200", description = "The payment", content = @Content(
            schema = @Schema(implementation = PaymentResponse.class),
            examples = @ExampleObject(value = PAYMENT_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such payment within the caller's scope")
    PaymentResponse getPayment(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        return PaymentResponse.from(payments.getPayment(viewer, id));
    }

    @PostMapping(path = "/api/payments/{id}/void/", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Void a payment", description = "A payment is never edited or deleted: voiding keeps it, "
            + "marks it, and takes it out of its bill's total_received. reason is required.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
            value = "{\"reason\": \"Cheque bounced\"}")))
    @ApiResponse(responseCode = "200", description = "The voided payment", content = @Content(
            schema = @Schema(implementation = PaymentResponse.class)))
    @ApiResponse(responseCode = "400", description = "No reason, or the bill's total received would fall below zero")
    @ApiResponse(responseCode = "404", description = "No such payment within the caller's scope")
    @ApiResponse(responseCode = "409", description = "The payment was voided before (code payment_void)")
    PaymentResponse voidPayment(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @RequestBody VoidRequest body) {
        return PaymentResponse.from(voiding.voidPayment(new VoidPaymentCommand(viewer, id,
                body == null ? null : body.reason())));
    }

    private static ListPaymentsQuery query(Viewer viewer, ListParameters parameters) {
        return new ListPaymentsQuery(viewer, parameters.id("customer"), parameters.id("bill"),
                parameters.choice("method", PaymentMethod.class, PaymentMethod::code),
                parameters.date("paid_on_after"), parameters.date("paid_on_before"), parameters.id("received_by"),
                parameters.spec(PaymentSortField.class));
    }

    /** Money received, as sent; amount and method are required. */
    @Schema(name = "PaymentRequest")
    record PaymentRequest(@Schema(example = "5000.00", requiredMode = Schema.RequiredMode.REQUIRED,
            description = "Decimal string or number; two decimals at most") Patch<BigDecimal> amount,
            @Schema(description = "Default: today") LocalDate paidOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"cash", "bank_transfer", "cheque",
                "bkash", "nagad", "rocket", "card", "adjustment", "other"}) String method,
            @Schema(maxLength = 100) String reference, @Schema(maxLength = 5000) String remarks) {
    }

    /** Why a payment is voided. */
    @Schema(name = "VoidPaymentRequest")
    record VoidRequest(@Schema(maxLength = 500, requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }
}
