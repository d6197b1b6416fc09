package io.kamdesk.application.identity.port.in.session;

import java.util.Objects;
import java.util.UUID;

/** The session and refresh token id read from a verified refresh token. */
public record RefreshSessionCommand(UUID sessionId, UUID refreshTokenId) {

    public RefreshSessionCommand {
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(refreshTokenId);
    }
}
