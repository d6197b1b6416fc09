package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.adapter.in.rest.shared.JsonRequest;
import io.kamdesk.application.shared.Patch;
import io.swagger.v3.oas.annotations.media.Schema;

/** The name of the role to give a user; required. */
@Schema(name = "AssignRoleRequest")
record AssignRoleRequest(@Schema(example = "sales_person") Patch<String> role) implements JsonRequest {
}
