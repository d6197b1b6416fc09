package io.kamdesk.adapter.in.rest.crm;

import io.kamdesk.adapter.in.rest.shared.JsonRequest;
import io.kamdesk.adapter.in.rest.shared.NullRefused;
import io.kamdesk.application.crm.port.in.ProspectCommand;
import io.kamdesk.application.shared.Patch;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A prospect as the prospect endpoints take it. Read-only fields ({@code id}, {@code customer},
 * {@code status_history}, timestamps) and unknown ones are ignored.
 */
@Schema(name = "ProspectRequest", description = "Create and PUT: name required. PATCH: any subset.")
record ProspectRequest(
        @Schema(example = "Acme Prospect") @NullRefused Patch<String> name,
        @Schema(example = "Acme") Patch<String> companyName,
        @Schema(example = "p@acme.com") Patch<String> email,
        @Schema(example = "+1 555 111 2222") Patch<String> phone,
        @Schema(example = "456 Prospect Ave") Patch<String> address,
        @Schema(description = "An amount ≥ 0, as a number or a numeric string", example = "1000.00")
        Patch<BigDecimal> potentialRevenue,
        @Schema(example = "Jane Smith") Patch<String> contactPerson,
        @Schema(example = "website") Patch<String> source,
        @Schema(description = "Not in the past when set or changed") Patch<LocalDate> followUpDate,
        @Schema(example = "Interested in premium package") Patch<String> notes,
        @Schema(allowableValues = {"new", "contacted", "qualified", "lost"}) @NullRefused Patch<String> status,
        @Schema(description = "The owner's user id. On create, absent, null or \"\": the caller; an update "
                + "cannot clear it") Patch<Long> salesPerson)
        implements JsonRequest {

    ProspectCommand toInput() {
        return new ProspectCommand(name, companyName, email, phone, address, potentialRevenue, contactPerson, source,
                followUpDate, notes, status, salesPerson);
    }
}
