package io.kamdesk.adapter.in.rest.crm;

import io.kamdesk.adapter.in.rest.shared.JsonRequest;
import io.kamdesk.adapter.in.rest.shared.NullRefused;
import io.kamdesk.application.crm.port.in.CustomerCommand;
import io.kamdesk.application.shared.Patch;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer as the customer endpoints take it. Read-only fields ({@code id}, {@code customer_number},
 * {@code calculated_monthly_revenue}, {@code left_on}, timestamps, …) and unknown ones are ignored.
 */
@Schema(name = "CustomerRequest", description = "Create and PUT: name, email and phone required. PATCH: any subset.")
record CustomerRequest(
        @Schema(example = "Acme Inc") @NullRefused Patch<String> name,
        @Schema(example = "Acme") Patch<String> companyName,
        @Schema(example = "c@acme.com") @NullRefused Patch<String> email,
        @Schema(example = "+1 555 333 4444") @NullRefused Patch<String> phone,
        @Schema(example = "123 Main St") Patch<String> address,
        @Schema(description = "Unique when set") Patch<String> linkId,
        @Schema(description = "An amount ≥ 0, as a number or a numeric string", example = "5000.00")
        Patch<BigDecimal> monthlyRevenue,
        @Schema(description = "An amount ≥ 0, as a number or a numeric string", example = "10000.00")
        Patch<BigDecimal> potentialRevenue,
        @Schema(description = "The KAM's user id; absent: the caller; null or \"\": none (scope all only)")
        Patch<Long> assignedSalesPerson,
        @Schema(allowableValues = {"Active", "Inactive", "Lost"}) @NullRefused Patch<String> status,
        @Schema(description = "Defaults to the day of creation; cannot be cleared")
        @NullRefused Patch<LocalDate> joinedOn)
        implements JsonRequest {

    CustomerCommand toInput() {
        return new CustomerCommand(name, companyName, email, phone, address, linkId, monthlyRevenue, potentialRevenue,
                assignedSalesPerson, status, joinedOn);
    }
}
