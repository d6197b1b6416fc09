package io.kamdesk.application.identity.port.in.session;

import io.kamdesk.domain.identity.Viewer;
import java.util.UUID;

/** Ends one of the caller's own sessions (for example a login left open on another device). */
public interface RevokeSessionUseCase {

    /** @throws io.kamdesk.domain.shared.NotFoundException when the caller has no such session */
    void revokeSession(Viewer viewer, UUID sessionId);
}
