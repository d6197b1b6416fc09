package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.user.FindViewerUseCase;
import io.kamdesk.application.identity.port.out.ViewerLookup;
import io.kamdesk.domain.identity.Viewer;
import java.util.Optional;

/** Reads a user's current permissions and scope from the store. */
public final class FindViewerService implements FindViewerUseCase {

    private final ViewerLookup viewers;

    public FindViewerService(ViewerLookup viewers) {
        this.viewers = viewers;
    }

    @Override
    public Optional<Viewer> findActiveViewer(long userId) {
        return viewers.findActiveViewer(userId);
    }
}
