package io.kamdesk.adapter.in.rest.crm;

import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.ListResponder;
import io.kamdesk.application.crm.port.in.CreateCustomerUseCase;
import io.kamdesk.application.crm.port.in.CustomerSortField;
import io.kamdesk.application.crm.port.in.DeleteCustomerUseCase;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.crm.port.in.UpdateCustomerUseCase;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.crm.CustomerStatus;
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

/** Customers. A sales_person sees and changes only the customers they are the KAM of. */
@RestController
@RequestMapping(path = "/api/customers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Customers")
class CustomersController {

    private static final String CUSTOMER_EXAMPLE = """
            {"id": 1, "customer_number": "KTL-ACMEINCX-1", "name": "Acme Inc", "company_name": "Acme",
             "email": "c@acme.com", "phone": "+1 555 333 4444", "address": "123 Main St", "link_id": null,
             "monthly_revenue": "5000.00", "potential_revenue": "10000.00", "calculated_monthly_revenue": 4500.00,
             "status": "Active", "assigned_sales_person": 2,
             "assigned_sales_person_details": {"id": 2, "username": "john_doe", "email": "john@example.com"},
             "joined_on": "2025-11-13", "left_on": null, "created_at": "2025-11-13T09:45:00Z",
             "updated_at": "2025-11-13T09:45:00Z"}""";

    private final ListCustomersUseCase listCustomers;
    private final CreateCustomerUseCase createCustomer;
    private final UpdateCustomerUseCase updateCustomer;
    private final DeleteCustomerUseCase deleteCustomer;
    private final ListResponder lists;

    CustomersController(ListCustomersUseCase listCustomers, CreateCustomerUseCase createCustomer,
            UpdateCustomerUseCase updateCustomer, DeleteCustomerUseCase deleteCustomer, ListResponder lists) {
        this.listCustomers = listCustomers;
        this.createCustomer = createCustomer;
        this.updateCustomer = updateCustomer;
        this.deleteCustomer = deleteCustomer;
        this.lists = lists;
    }

    @GetMapping("/")
    @Operation(summary = "List customers", description = "Within the caller's scope, with this month's billed "
            + "revenue computed in the same query. Bare array, or the envelope with page/page_size; X-Total-Count.")
    @CustomerFilters
    @ApiResponse(responseCode = "200", description = "The customers", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = CustomerResponse.class)),
            examples = @ExampleObject(value = "[" + CUSTOMER_EXAMPLE + "]")))
    @ListQuery(ordering = CustomerSortField.class, search = "name, company name, email, phone, customer number and link id")
    void list(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request, HttpServletResponse response) {
        ListParameters parameters = ListParameters.of(request);
        ListSpec<CustomerSortField> spec = parameters.spec(CustomerSortField.class);
        var query = new ListCustomersQuery(viewer, parameters.id("assigned_sales_person"),
                parameters.choice("status", CustomerStatus.class, CustomerStatus::code), spec);
        lists.respond(request, response, spec, sink -> listCustomers.listCustomers(query, sink),
                CustomerResponse::from);
    }

    @PostMapping(path = "/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a customer", description = "email (unique, case-insensitive) and phone are "
            + "required; the KAM is the caller unless assigned_sales_person names another active user (only for "
            + "users who see every record). A customer number is generated.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"name": "Acme Inc", "company_name": "Acme", "email": "c@acme.com", "phone": "+1 555 333 4444",
             "address": "123 Main St", "monthly_revenue": "5000.00", "potential_revenue": "10000.00",
             "assigned_sales_person": 2}""")))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = CustomerResponse.class),
            examples = @ExampleObject(value = CUSTOMER_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid fields, a taken e-mail or link id, an unknown KAM")
    @ApiResponse(responseCode = "403", description = "A sales_person assigning the customer to someone else")
    ResponseEntity<CustomerResponse> create(@AuthenticationPrincipal Viewer viewer,
            @org.springframework.web.bind.annotation.RequestBody CustomerRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(CustomerResponse.from(
                createCustomer.createCustomer(viewer, body.toInput())));
    }

    @GetMapping("/{id}/")
    @Operation(summary = "Get a customer")
    @ApiResponse(responseCode = "200", description = "The customer", content = @Content(
            schema = @Schema(implementation = CustomerResponse.class),
            examples = @ExampleObject(value = CUSTOMER_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such customer within the caller's scope")
    CustomerResponse get(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        return CustomerResponse.from(listCustomers.getCustomer(viewer, id));
    }

    @PutMapping(path = "/{id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a customer's fields", description = "name, email and phone are required.")
    CustomerResponse replace(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestBody CustomerRequest body) {
        return CustomerResponse.from(updateCustomer.updateCustomer(viewer, id,
                body.toInput(), true));
    }

    @PatchMapping(path = "/{id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change some of a customer's fields", description = "Leaving Active sets left_on to "
            + "today; returning to Active clears it.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = "{\"status\": \"Lost\"}")))
    CustomerResponse patch(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestBody CustomerRequest body) {
        return CustomerResponse.from(updateCustomer.updateCustomer(viewer, id,
                body.toInput(), false));
    }

    @DeleteMapping("/{id}/")
    @Operation(summary = "Delete a customer", description = "Only a customer without bills: billing history is "
            + "never lost; set such a customer Inactive or Lost instead.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "The customer has bills", content = @Content(
            examples = @ExampleObject(value = "{\"detail\": \"This customer has bills and cannot be deleted; set its "
                    + "status to Inactive or Lost instead.\", \"code\": \"customer_has_bills\"}")))
    ResponseEntity<Void> delete(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        deleteCustomer.deleteCustomer(viewer, id);
        return ResponseEntity.noContent().build();
    }
}
