package io.kamdesk.application.identity.port.in.session;

import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;
import java.util.UUID;

/** The caller and the session named by the refresh token they presented. */
public record LogOutCommand(Viewer viewer, UUID sessionId) {

    public LogOutCommand {
        Objects.requireNonNull(viewer);
        Objects.requireNonNull(sessionId);
    }
}
