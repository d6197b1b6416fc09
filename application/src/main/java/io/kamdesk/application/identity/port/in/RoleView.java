package io.kamdesk.application.identity.port.in;

import java.time.Instant;
import java.util.List;

/** A role as the role screens show it: its effective permissions and how many users hold it. */
public record RoleView(long id, String name, String description, List<String> permissions, String dataScope,
        boolean builtin, long userCount, Instant createdAt, Instant updatedAt) {
}
