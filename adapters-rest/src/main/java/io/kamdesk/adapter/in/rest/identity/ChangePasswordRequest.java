package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.adapter.in.rest.shared.JsonRequest;
import io.kamdesk.application.shared.Patch;
import io.swagger.v3.oas.annotations.media.Schema;

/** The caller's old password and the new one; both required. */
@Schema(name = "ChangePasswordRequest")
record ChangePasswordRequest(
        @Schema(example = "Password123!") Patch<String> oldPassword,
        @Schema(example = "An0ther-Secret-Phrase") Patch<String> newPassword) implements JsonRequest {

    @Override
    public String toString() {
        return "ChangePasswordRequest[...]";
    }
}
