package io.kamdesk.adapter.in.rest.billing;

import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.ListResponder;
import io.kamdesk.application.billing.port.in.BillSortField;
import io.kamdesk.application.billing.port.in.CreateBillUseCase;
import io.kamdesk.application.billing.port.in.DeleteBillUseCase;
import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.billing.port.in.ListBillsUseCase;
import io.kamdesk.application.billing.port.in.UpdateBillUseCase;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bills (BillRecord). A sales_person sees and changes only bills of customers they are the KAM of. */
@RestController
@RequestMapping(path = "/api/bills", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bills")
class BillsController {

    private static final String BILL_EXAMPLE = """
            {"id": 1, "bill_number": "KTL-BL-ACMEX-1-30112025", "customer": 1,
             "customer_details": {"id": 1, "name": "Acme Inc", "email": "c@acme.com", "company_name": "Acme",
             "phone": "+1 555 333 4444", "address": "123 Main St"}, "kam": "john_doe", "nttn_cap": "CAP-01",
             "nttn_com": "COM-01", "active_date": null, "billing_date": "2025-11-30", "termination_date": null,
             "iig_qt": "10.00", "iig_qt_price": "100.00", "fna": "1.00", "fna_price": "10.00", "ggc": "2.00",
             "ggc_price": "20.00", "cdn": "0.00", "cdn_price": "0.00", "bdix": "0.00", "bdix_price": "0.00",
             "baishan": "0.00", "baishan_price": "0.00", "discount": "0.00", "total_received": "100.00",
             "total_bill": "1050.00", "total_due": "950.00", "status": "Active", "remarks": "Monthly bill",
             "created_at": "2025-11-30T08:00:00Z", "updated_at": "2025-11-30T08:00:00Z"}""";

    private final ListBillsUseCase listBills;
    private final CreateBillUseCase createBill;
    private final UpdateBillUseCase updateBill;
    private final DeleteBillUseCase deleteBill;
    private final ListResponder lists;

    BillsController(ListBillsUseCase listBills, CreateBillUseCase createBill, UpdateBillUseCase updateBill,
            DeleteBillUseCase deleteBill, ListResponder lists) {
        this.listBills = listBills;
        this.createBill = createBill;
        this.updateBill = updateBill;
        this.deleteBill = deleteBill;
        this.lists = lists;
    }

    @GetMapping("/")
    @Operation(summary = "List bills", description = "Within the caller's scope. Bare array, or the envelope with "
            + "page/page_size; X-Total-Count either way.")
    @BillFilters
    @ApiResponse(responseCode = "200", description = "The bills", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = BillResponse.class)),
            examples = @ExampleObject(value = "[" + BILL_EXAMPLE + "]")))
    @ListQuery(ordering = BillSortField.class, search = "remarks, NTTN cap and com, bill number, and the customer's name and company name")
    void list(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request, HttpServletResponse response) {
        ListParameters parameters = ListParameters.of(request);
        ListSpec<BillSortField> spec = parameters.spec(BillSortField.class);
        var query = new ListBillsQuery(viewer, parameters.choice("status", BillStatus.class, BillStatus::code),
                parameters.id("customer"), parameters.date("billing_date"), parameters.date("billing_date_after"),
                parameters.date("billing_date_before"), spec);
        lists.respond(request, response, spec, sink -> listBills.listBills(query, sink), BillResponse::from);
    }

    @PostMapping(path = "/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a bill", description = "total_bill = Σ round(quantity × unit price, 2) − discount "
            + "and total_due = total_bill − total_received are computed; totals sent are ignored. The bill number "
            + "is generated. The customer must be one the caller may see.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"customer": 1, "nttn_cap": "CAP-01", "nttn_com": "COM-01", "billing_date": "2025-11-30",
             "iig_qt": "10.00", "iig_qt_price": "100.00", "fna": "1.00", "fna_price": "10.00", "ggc": "2.00",
             "ggc_price": "20.00", "discount": "0.00", "total_received": "100.00", "status": "Active",
             "remarks": "Monthly bill"}""")))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = BillResponse.class), examples = @ExampleObject(value = BILL_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid fields, an unknown customer, a discount above the gross")
    ResponseEntity<BillResponse> create(@AuthenticationPrincipal Viewer viewer,
            @org.springframework.web.bind.annotation.RequestBody BillRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(BillResponse.from(createBill.createBill(viewer, body.toInput())));
    }

    @GetMapping("/{id}/")
    @Operation(summary = "Get a bill")
    @ApiResponse(responseCode = "200", description = "The bill", content = @Content(
            schema = @Schema(implementation = BillResponse.class), examples = @ExampleObject(value = BILL_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such bill within the caller's scope")
    BillResponse get(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        return BillResponse.from(listBills.getBill(viewer, id));
    }

    @PutMapping(path = "/{id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a bill's fields", description = "customer is required (and cannot change); "
            + "absent fields stay; totals are recomputed.")
    BillResponse replace(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestBody BillRequest body) {
        return BillResponse.from(updateBill.updateBill(viewer, id, body.toInput(), true));
    }

    @PatchMapping(path = "/{id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change some of a bill's fields", description = "Totals are recomputed from the result.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = "{\"total_received\": \"1050.00\"}")))
    BillResponse patch(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestBody BillRequest body) {
        return BillResponse.from(updateBill.updateBill(viewer, id, body.toInput(), false));
    }

    @DeleteMapping("/{id}/")
    @Operation(summary = "Delete a bill", description = "The customer's revenue figures follow at once.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        deleteBill.deleteBill(viewer, id);
        return ResponseEntity.noContent().build();
    }
}
