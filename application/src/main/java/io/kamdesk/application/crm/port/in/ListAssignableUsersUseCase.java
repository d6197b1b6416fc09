package io.kamdesk.application.crm.port.in;

import io.kamdesk.domain.identity.Viewer;
import java.util.List;

/** The users the caller may make a prospect's owner or a customer's KAM. */
public interface ListAssignableUsersUseCase {

    /** By username; a caller who sees only their own records may assign only to themselves. */
    List<AssignableUserView> listAssignableUsers(Viewer viewer);
}
