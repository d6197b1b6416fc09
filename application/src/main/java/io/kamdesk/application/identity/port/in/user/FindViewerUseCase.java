package io.kamdesk.application.identity.port.in.user;

import io.kamdesk.domain.identity.Viewer;
import java.util.Optional;

/**
 * What an active user may do now, read fresh from the store: for work that runs later on the user's
 * behalf (a background import), with the permissions and scope they hold when it runs.
 */
public interface FindViewerUseCase {

    /** Empty when the user does not exist or is inactive. */
    Optional<Viewer> findActiveViewer(long userId);
}
