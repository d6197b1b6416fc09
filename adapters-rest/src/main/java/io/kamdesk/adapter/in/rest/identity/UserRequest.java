package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.adapter.in.rest.shared.IdOrName;
import io.kamdesk.adapter.in.rest.shared.JsonRequest;
import io.kamdesk.adapter.in.rest.shared.NullRefused;
import io.kamdesk.application.shared.Patch;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A user as the user endpoints and registration take it. {@code role} is a role's id or name;
 * {@code password} is write-only. Read-only fields ({@code id}, {@code role_name}, timestamps) and
 * unknown ones are ignored.
 */
@Schema(name = "UserRequest", description = "Create: email, username and password required. PUT: email and "
        + "username required. PATCH: any subset.")
record UserRequest(
        @Schema(example = "newuser@example.com") @NullRefused Patch<String> email,
        @Schema(example = "newuser") @NullRefused Patch<String> username,
        @Schema(description = "Meets the password policy. Empty in an update: unchanged.",
                example = "Password123!") Patch<String> password,
        @Schema(example = "John") Patch<String> firstName,
        @Schema(example = "Doe") Patch<String> lastName,
        @Schema(description = "The role's id or name; null or \"\": no role. Create without it: sales_person.")
        Patch<IdOrName> role,
        Patch<Boolean> isActive) implements JsonRequest {

    @Override
    public String toString() {
        return "UserRequest[email=" + email + ", username=" + username + "]";
    }
}
