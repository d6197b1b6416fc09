package io.kamdesk.adapter.in.rest.billing;

import io.kamdesk.application.billing.port.in.terms.GetPaymentTermsUseCase;
import io.kamdesk.application.billing.port.in.terms.PaymentTermsView;
import io.kamdesk.application.billing.port.in.terms.SetPaymentTermsCommand;
import io.kamdesk.application.billing.port.in.terms.SetPaymentTermsUseCase;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's own payment terms: the days after its billing date a bill falls due, used by the
 * receivables aging; without them the service's setting applies.
 */
@RestController
@Tag(name = "Payments")
class PaymentTermsController {

    private static final String EXAMPLE = """
            {"customer": 1, "days": 45, "effective_days": 45, "default_days": 30}""";

    private final GetPaymentTermsUseCase get;
    private final SetPaymentTermsUseCase set;

    PaymentTermsController(GetPaymentTermsUseCase get, SetPaymentTermsUseCase set) {
        this.get = get;
        this.set = set;
    }

    @GetMapping(path = "/api/customers/{id}/payment-terms/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A customer's payment terms", description = "days: the customer's own (null when it has "
            + "none); effective_days: the days that apply; default_days: the service's setting.")
    @ApiResponse(responseCode = "200", description = "The terms", content = @Content(
            schema = @Schema(implementation = TermsResponse.class), examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such customer within the caller's scope")
    TermsResponse paymentTerms(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        return TermsResponse.from(get.paymentTerms(viewer, id));
    }

    @PutMapping(path = "/api/customers/{id}/payment-terms/", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set a customer's payment terms", description = "days from 0 to 365; null (or left out) "
            + "gives the customer the service's setting again. Recorded as an update_customer in the activity log.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
            value = "{\"days\": 45}")))
    @ApiResponse(responseCode = "200", description = "The terms now", content = @Content(
            schema = @Schema(implementation = TermsResponse.class), examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "days outside 0 to 365")
    @ApiResponse(responseCode = "404", description = "No such customer within the caller's scope")
    TermsResponse setPaymentTerms(@AuthenticationPrincipal Viewer viewer, @PathVariable long id,
            @RequestBody TermsRequest body) {
        return TermsResponse.from(set.setPaymentTerms(new SetPaymentTermsCommand(viewer, id,
                body == null ? null : body.days())));
    }

    @Schema(name = "PaymentTermsRequest")
    record TermsRequest(@Schema(minimum = "0", maximum = "365", nullable = true) Integer days) {
    }

    @Schema(name = "PaymentTerms")
    record TermsResponse(long customer, Integer days, int effectiveDays, int defaultDays) {

        static TermsResponse from(PaymentTermsView view) {
            return new TermsResponse(view.customerId(), view.days(), view.effectiveDays(), view.defaultDays());
        }
    }
}
