package io.kamdesk.adapter.in.rest.billing;

import io.kamdesk.adapter.in.rest.shared.AsyncPreference;
import io.kamdesk.adapter.in.rest.shared.InvalidRequestException;
import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.ListResponder;
import io.kamdesk.application.billing.port.in.run.BillingRunCommand;
import io.kamdesk.application.billing.port.in.run.BillingRunSortField;
import io.kamdesk.application.billing.port.in.run.BillingRunView;
import io.kamdesk.application.billing.port.in.run.CancelBillingRunUseCase;
import io.kamdesk.application.billing.port.in.run.ListBillingRunsUseCase;
import io.kamdesk.application.billing.port.in.run.StartBillingRunUseCase;
import io.kamdesk.application.shared.ListSpec;
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
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly billing run: started (now, in the background, or as a dry run), listed, read and cancelled. */
@RestController
@Tag(name = "Billing runs")
class BillingRunsController {

    private static final String RUN_EXAMPLE = """
            {"id": 7, "url": "/api/billing-runs/7/", "month": "2026-03", "status": "succeeded", "dry_run": false,
             "scheduled": false, "in_background": false, "create_invoices": true, "customers": null,
             "started_by": {"id": 1, "name": "admin"}, "customers_total": 3, "processed": 3, "percent": 100.0,
             "bills_created": 4, "existing": 1, "invoices_created": 2,
             "skipped": [{"customer": 9, "customer_name": "Old Link Ltd", "nttn_cap": "CAP-77", "nttn_com": "",
                          "reason": "link_terminated",
                          "detail": "The link was terminated on 2026-02-15, before the month.",
                          "since": "2026-02-15"}],
             "errors": [], "cancel_requested": false, "failure": null, "created_at": "2026-03-01T02:00:00Z",
             "started_at": "2026-03-01T02:00:00Z", "finished_at": "2026-03-01T02:00:01Z"}""";

    private final StartBillingRunUseCase start;
    private final ListBillingRunsUseCase runs;
    private final CancelBillingRunUseCase cancel;
    private final ListResponder lists;

    BillingRunsController(StartBillingRunUseCase start, ListBillingRunsUseCase runs, CancelBillingRunUseCase cancel,
            ListResponder lists) {
        this.start = start;
        this.runs = runs;
        this.cancel = cancel;
        this.lists = lists;
    }

    @PostMapping(path = "/api/billing-runs/", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Run the monthly billing", description = "For every Active customer in the caller's "
            + "scope (or those in customers), copies each Active bill of the month before into the month: same links, "
            + "components, quantities, unit prices and discount, dated on the billing day, nothing received. A link "
            + "already billed in the month is left alone (existing), so a second run creates nothing. dry_run reports "
            + "and writes nothing. create_invoices drafts each customer's invoice of the month. async=true or "
            + "Prefer: respond-async answers 202 at once and runs it as a job; poll its url.")
    @Parameter(name = "async", in = ParameterIn.QUERY, schema = @Schema(type = "boolean"))
    @Parameter(name = "Prefer", in = ParameterIn.HEADER, schema = @Schema(type = "string", example = "respond-async"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
            value = "{\"month\": \"2026-03\", \"dry_run\": false, \"create_invoices\": true}")))
    @ApiResponse(responseCode = "200", description = "A dry run's report (nothing written, no id)", content = @Content(
            schema = @Schema(implementation = BillingRunResponse.class)))
    @ApiResponse(responseCode = "201", description = "Run; the finished report", content = @Content(
            schema = @Schema(implementation = BillingRunResponse.class),
            examples = @ExampleObject(value = RUN_EXAMPLE)))
    @ApiResponse(responseCode = "202", description = "Queued as a job; Location is its url", content = @Content(
            schema = @Schema(implementation = BillingRunResponse.class)))
    @ApiResponse(responseCode = "400", description = "No month, a malformed month, or a customer outside the "
            + "caller's scope")
    @ApiResponse(responseCode = "409", description = "A run of the month is already going on "
            + "(billing_run_in_progress)")
    ResponseEntity<BillingRunResponse> startRun(@AuthenticationPrincipal Viewer viewer,
            @RequestBody BillingRunRequest body, @RequestParam(name = "async", required = false) String async,
            @RequestHeader(name = "Prefer", required = false) String prefer) {
        BillingRunRequest sent = body == null ? new BillingRunRequest(null, null, null, null) : body;
        if (sent.customers() != null && sent.customers().contains(null)) {
            throw InvalidRequestException.of("customers", "This list may not contain null.");
        }
        boolean inBackground = AsyncPreference.asked(async, prefer);
        BillingRunView run = start.startBillingRun(new BillingRunCommand(viewer, Months.parse("month", sent.month()),
                Boolean.TRUE.equals(sent.dryRun()), Optional.ofNullable(sent.customers()),
                Boolean.TRUE.equals(sent.createInvoices()), inBackground && !Boolean.TRUE.equals(sent.dryRun())));
        BillingRunResponse answer = BillingRunResponse.from(run);
        if (run.id() == null) {
            return ResponseEntity.ok(answer);
        }
        if (run.inBackground()) {
            return ResponseEntity.accepted().location(URI.create(answer.url()))
                    .header(AsyncPreference.APPLIED, AsyncPreference.RESPOND_ASYNC).body(answer);
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(answer.url())).body(answer);
    }

    @GetMapping(path = "/api/billing-runs/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List billing runs", description = "Newest first; every run for a caller of scope all, "
            + "else their own. Bare array, or the envelope with page/page_size.")
    @ApiResponse(responseCode = "200", description = "The runs", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = BillingRunResponse.class))))
    @ListQuery(ordering = BillingRunSortField.class, search = "the starter's name")
    void listRuns(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request, HttpServletResponse response) {
        ListSpec<BillingRunSortField> spec = ListParameters.of(request).spec(BillingRunSortField.class);
        lists.respond(request, response, spec, sink -> runs.listBillingRuns(viewer, spec, sink),
                BillingRunResponse::from);
    }

    @GetMapping(path = "/api/billing-runs/{id}/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Get a billing run", description = "Its progress while it runs, its report when done.")
    @ApiResponse(responseCode = "200", description = "The run", content = @Content(
            schema = @Schema(implementation = BillingRunResponse.class),
            examples = @ExampleObject(value = RUN_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such run, or another user's for a caller of scope own")
    BillingRunResponse getRun(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        return BillingRunResponse.from(runs.getBillingRun(viewer, id));
    }

    @PostMapping(path = "/api/billing-runs/{id}/cancel/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cancel a billing run", description = "A queued run stops at once; a running one after its "
            + "current batch of customers (cancel_requested shows true until then); the batches before stay.")
    @ApiResponse(responseCode = "200", description = "The run", content = @Content(
            schema = @Schema(implementation = BillingRunResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such run within the caller's reach")
    @ApiResponse(responseCode = "409", description = "The run has finished (billing_run_finished)")
    BillingRunResponse cancelRun(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        return BillingRunResponse.from(cancel.cancelBillingRun(viewer, id));
    }

    /** The month to bill, and how. */
    @Schema(name = "BillingRunRequest")
    record BillingRunRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-03",
            pattern = "^\\d{4}-\\d{2}$") String month,
            @Schema(description = "Report only; nothing is written. Default false") Boolean dryRun,
            @Schema(description = "Only these customers (ids); default every customer in the caller's scope")
            List<Long> customers,
            @Schema(description = "Draft each billed customer's invoice of the month. Default false")
            Boolean createInvoices) {
    }
}
