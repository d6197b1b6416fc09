package io.kamdesk.application.identity.port.in.session;

import java.util.Objects;
import java.util.UUID;

/** What a verified access token says about its bearer. */
public record ResolveViewerQuery(long userId, UUID sessionId) {

    public ResolveViewerQuery {
        Objects.requireNonNull(sessionId);
    }
}
