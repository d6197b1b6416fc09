package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.adapter.in.rest.shared.IdOrName;
import io.kamdesk.adapter.in.rest.shared.Patches;
import io.kamdesk.application.identity.port.in.role.RoleRef;
import io.kamdesk.application.identity.port.in.user.CreateUserCommand;
import io.kamdesk.application.identity.port.in.user.UpdateUserCommand;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Reason;
import java.util.Optional;
import java.util.UUID;

/** User bodies to commands. */
final class UserRequests {

    private UserRequests() {
    }

    static CreateUserCommand create(Viewer actor, UserRequest body) {
        return new CreateUserCommand(actor, body.email().orElse(null), body.username().orElse(null),
                body.password().orElse(null), Patches.text(body.firstName()).orElse(""),
                Patches.text(body.lastName()).orElse(""), role(body.role()), Patches.valueOr(body.isActive(), true));
    }

    /**
     * PUT ({@code replace}) needs e-mail and username; PATCH takes any subset. An empty password leaves
     * the password as it is: edit forms send the field blank unless it is being changed.
     */
    static UpdateUserCommand update(Viewer actor, UUID actorSessionId, long userId, UserRequest body,
            boolean replace) {
        if (replace) {
            FieldErrors missing = new FieldErrors();
            if (!body.email().isPresent()) {
                missing.add("email", Reason.REQUIRED);
            }
            if (!body.username().isPresent()) {
                missing.add("username", Reason.REQUIRED);
            }
            missing.throwIfAny();
        }
        return new UpdateUserCommand(actor, userId, Patches.text(body.email()), Patches.text(body.username()),
                Patches.text(body.firstName()), Patches.text(body.lastName()), role(body.role()),
                Patches.value(body.isActive()), Patches.text(body.password()).filter(password -> !password.isEmpty()),
                actorSessionId);
    }

    /** Absent: no change (or the default); null or "": no role; else by id or by name. */
    private static Optional<RoleRef> role(Patch<IdOrName> role) {
        if (!role.isPresent()) {
            return Optional.empty();
        }
        IdOrName reference = role.value();
        if (reference == null) {
            return Optional.of(RoleRef.NONE);
        }
        return Optional.of(reference.isId() ? RoleRef.byId(reference.id()) : RoleRef.byName(reference.name()));
    }
}
