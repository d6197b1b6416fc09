package io.kamdesk.application.identity.port.out;

import io.kamdesk.domain.identity.Viewer;
import java.util.Optional;

/** Reads what an active user may do: their role's permissions and data scope. */
public interface ViewerLookup {

    /** Empty when the user does not exist or is inactive. */
    Optional<Viewer> findActiveViewer(long userId);
}
