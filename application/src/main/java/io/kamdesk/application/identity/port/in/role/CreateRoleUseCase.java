package io.kamdesk.application.identity.port.in.role;

import io.kamdesk.domain.identity.Viewer;

/** Creates a custom role. */
public interface CreateRoleUseCase {

    /**
     * @throws io.kamdesk.domain.shared.InvalidInputException for invalid fields or unknown permissions
     * @throws io.kamdesk.domain.shared.NotPermittedException for permissions the actor does not hold
     */
    RoleView createRole(Viewer actor, CreateRoleCommand draft);
}
