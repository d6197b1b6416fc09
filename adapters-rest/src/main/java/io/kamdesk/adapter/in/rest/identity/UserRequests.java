package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.adapter.in.rest.shared.JsonFields;
import io.kamdesk.application.identity.port.in.CreateUserCommand;
import io.kamdesk.application.identity.port.in.UpdateUserCommand;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * JSON bodies of the user endpoints to commands. Read-only and unknown fields ({@code id},
 * {@code created_at}, {@code is_superuser}, ...) are ignored, as the API has always done.
 */
final class UserRequests {

    private UserRequests() {
    }

    static CreateUserCommand create(Viewer actor, JsonFields fields) {
        var command = new CreateUserCommand(actor, fields.text("email").orElse(null),
                fields.text("username").orElse(null), fields.text("password").orElse(null),
                fields.text("first_name").orElse(""), fields.text("last_name").orElse(""),
                fields.reference("role").map(RoleRefs::of), fields.bool("is_active").orElse(true));
        fields.throwIfInvalid();
        return command;
    }

    /**
     * PUT ({@code replace}) needs e-mail and username; PATCH takes any subset. An empty password leaves
     * the password as it is: edit forms send the field blank unless it is being changed.
     */
    static UpdateUserCommand update(Viewer actor, UUID actorSessionId, long userId, JsonFields fields,
            boolean replace) {
        if (replace) {
            Map<String, List<String>> missing = new LinkedHashMap<>();
            for (String required : List.of("email", "username")) {
                if (!fields.has(required)) {
                    missing.put(required, List.of("This field is required."));
                }
            }
            if (!missing.isEmpty()) {
                throw new InvalidInputException(missing);
            }
        }
        var command = new UpdateUserCommand(actor, userId, fields.text("email"), fields.text("username"),
                fields.text("first_name"), fields.text("last_name"), fields.reference("role").map(RoleRefs::of),
                fields.bool("is_active"), fields.text("password").filter(password -> !password.isEmpty()),
                actorSessionId);
        fields.throwIfInvalid();
        return command;
    }
}
