package io.kamdesk.application.identity.port.in.user;

import io.kamdesk.application.identity.port.in.role.RoleRef;
import io.kamdesk.application.shared.ListSpec;
import java.util.Objects;
import java.util.Optional;

/** Filters of the user list: by role (id or name) and active flag, plus search, ordering, page. */
public record ListUsersQuery(Optional<RoleRef> role, Optional<Boolean> active, ListSpec<UserSortField> spec) {

    public ListUsersQuery {
        Objects.requireNonNull(role);
        Objects.requireNonNull(active);
        Objects.requireNonNull(spec);
    }
}
