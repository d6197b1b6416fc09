package io.kamdesk.adapter.in.rest.crm;

import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.ListResponder;
import io.kamdesk.application.crm.port.in.ConvertProspectUseCase;
import io.kamdesk.application.crm.port.in.CreateProspectUseCase;
import io.kamdesk.application.crm.port.in.DeleteProspectUseCase;
import io.kamdesk.application.crm.port.in.ListProspectsQuery;
import io.kamdesk.application.crm.port.in.ListProspectsUseCase;
import io.kamdesk.application.crm.port.in.ProspectSortField;
import io.kamdesk.application.crm.port.in.UpdateProspectUseCase;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
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

/** Prospects: the KAM's pipeline. A sales_person sees and changes only their own. */
@RestController
@RequestMapping(path = "/api/customers/prospects", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Prospects")
class ProspectsController {

    private static final String PROSPECT_EXAMPLE = """
            {"id": 1, "name": "Acme Prospect", "company_name": "Acme", "email": "p@acme.com",
             "phone": "+1 555 111 2222", "address": "456 Prospect Ave", "potential_revenue": "1000.00",
             "contact_person": "Jane Smith", "source": "website", "follow_up_date": "2025-12-01",
             "notes": "Interested in premium package", "status": "new", "sales_person": 1, "customer": null,
             "created_at": "2025-11-13T09:45:00Z", "updated_at": "2025-11-13T09:45:00Z",
             "status_history": []}""";

    private final ListProspectsUseCase listProspects;
    private final CreateProspectUseCase createProspect;
    private final UpdateProspectUseCase updateProspect;
    private final DeleteProspectUseCase deleteProspect;
    private final ConvertProspectUseCase convertProspect;
    private final ListResponder lists;

    ProspectsController(ListProspectsUseCase listProspects, CreateProspectUseCase createProspect,
            UpdateProspectUseCase updateProspect, DeleteProspectUseCase deleteProspect,
            ConvertProspectUseCase convertProspect, ListResponder lists) {
        this.listProspects = listProspects;
        this.createProspect = createProspect;
        this.updateProspect = updateProspect;
        this.deleteProspect = deleteProspect;
        this.convertProspect = convertProspect;
        this.lists = lists;
    }

    @GetMapping("/")
    @Operation(summary = "List prospects", description = "Within the caller's scope. A bare array without "
            + "page/page_size, the envelope {count, next, previous, results} with them; X-Total-Count either way.")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "new, contacted, qualified or lost",
            schema = @Schema(type = "string", allowableValues = {"new", "contacted", "qualified", "lost"}))
    @Parameter(name = "source", in = ParameterIn.QUERY, description = "Exact source, case-insensitive",
            schema = @Schema(type = "string"))
    @ApiResponse(responseCode = "200", description = "The prospects", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = ProspectResponse.class))))
    @ListQuery(ordering = ProspectSortField.class, search = "name, company name, email, phone and contact person")
    void list(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request, HttpServletResponse response) {
        ListParameters parameters = ListParameters.of(request);
        ListSpec<ProspectSortField> spec = parameters.spec(ProspectSortField.class);
        var query = new ListProspectsQuery(viewer,
                parameters.choice("status", ProspectStatus.class, ProspectStatus::code),
                parameters.text("source"), spec);
        lists.respond(request, response, spec, sink -> listProspects.listProspects(query, sink),
                ProspectResponse::summary);
    }

    @PostMapping(path = "/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a prospect", description = "Status starts new; the caller owns it (users who see "
            + "every record may name sales_person). Amounts as numbers or numeric strings.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"name": "Acme Prospect", "company_name": "Acme", "email": "p@acme.com", "phone": "+1 555 111 2222",
             "address": "456 Prospect Ave", "potential_revenue": 1000.00, "contact_person": "Jane Smith",
             "source": "website", "follow_up_date": "2025-12-01", "notes": "Interested in premium package"}""")))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = ProspectResponse.class),
            examples = @ExampleObject(value = PROSPECT_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid fields")
    @ApiResponse(responseCode = "403", description = "A sales_person naming another owner")
    ResponseEntity<ProspectResponse> create(@AuthenticationPrincipal Viewer viewer,
            @org.springframework.web.bind.annotation.RequestBody ProspectRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ProspectResponse.detail(
                createProspect.createProspect(viewer, body.toInput())));
    }

    @GetMapping("/{id}/")
    @Operation(summary = "Get a prospect with its status history")
    @ApiResponse(responseCode = "200", description = "The prospect", content = @Content(
            schema = @Schema(implementation = ProspectResponse.class),
            examples = @ExampleObject(value = PROSPECT_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such prospect within the caller's scope")
    ProspectResponse get(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        return ProspectResponse.detail(listProspects.getProspect(viewer, id));
    }

    @PutMapping(path = "/{id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a prospect's fields", description = "name is required; absent fields stay.")
    ProspectResponse replace(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestBody ProspectRequest body) {
        return ProspectResponse.detail(updateProspect.updateProspect(viewer, id,
                body.toInput(), true));
    }

    @PatchMapping(path = "/{id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change some of a prospect's fields", description = "A status change is recorded in "
            + "status_history (who, when, from, to). Only users who see every record may change sales_person.")
    @RequestBody(content = @Content(examples = @ExampleObject(value = "{\"status\": \"contacted\"}")))
    ProspectResponse patch(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestBody ProspectRequest body) {
        return ProspectResponse.detail(updateProspect.updateProspect(viewer, id,
                body.toInput(), false));
    }

    @DeleteMapping("/{id}/")
    @Operation(summary = "Delete a prospect")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        deleteProspect.deleteProspect(viewer, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/convert/")
    @Operation(summary = "Convert a prospect into a customer", description = "Creates the customer (or updates the "
            + "customer with the same e-mail), keeps the prospect's owner as KAM, marks the prospect qualified and "
            + "links the two. The prospect needs an e-mail and a phone number.")
    @ApiResponse(responseCode = "201", description = "The customer", content = @Content(
            schema = @Schema(implementation = CustomerResponse.class)))
    @ApiResponse(responseCode = "409", description = "Already converted, or the e-mail belongs to another KAM's "
            + "customer")
    ResponseEntity<CustomerResponse> convert(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(CustomerResponse.from(convertProspect.convertProspect(viewer, id)));
    }
}
