package io.kamdesk.domain.identity;

import io.kamdesk.domain.shared.Refusal;
import java.util.UUID;

/** A refresh token that was already exchanged came back: treated as theft of the session. */
public class RefreshTokenReusedException extends AuthenticationFailedException {

    private final UUID sessionId;
    private final long userId;

    public RefreshTokenReusedException(UUID sessionId, long userId) {
        super(Refusal.TOKEN_NOT_VALID);
        this.sessionId = sessionId;
        this.userId = userId;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public long userId() {
        return userId;
    }
}
