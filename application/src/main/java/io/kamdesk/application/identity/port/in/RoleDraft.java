package io.kamdesk.application.identity.port.in;

import java.util.List;
import java.util.Objects;

/** A new role as typed: permission codes and the scope as strings, checked by the use case. */
public record RoleDraft(String name, String description, List<String> permissions, String dataScope) {

    public RoleDraft {
        permissions = permissions == null ? null : List.copyOf(permissions);
        description = Objects.requireNonNullElse(description, "");
    }
}
