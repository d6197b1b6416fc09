package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.adapter.in.rest.shared.IdOrName;
import io.kamdesk.adapter.in.rest.shared.JsonRequest;
import io.kamdesk.adapter.in.rest.shared.NullRefused;
import io.kamdesk.application.shared.Patch;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A role as the role endpoints take it: permissions by id or code. */
@Schema(name = "RoleRequest", description = "Create and PUT: name and permissions (or permission_codes) required. "
        + "PATCH: any subset.")
record RoleRequest(
        @Schema(example = "billing_clerk") @NullRefused Patch<String> name,
        @Schema(example = "Enters bills") Patch<String> description,
        @Schema(description = "Permission ids or codes, mixed as you like")
        @NullRefused Patch<List<IdOrName>> permissions,
        @Schema(description = "Permission codes; with permissions, the role gets both lists")
        @NullRefused Patch<List<String>> permissionCodes,
        @Schema(description = "all or own; absent on create: the creator's scope", allowableValues = {"all", "own"})
        Patch<String> dataScope,
        @Schema(description = "false: the role grants nothing until activated again") Patch<Boolean> isActive)
        implements JsonRequest {
}
