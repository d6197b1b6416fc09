package io.kamdesk.application.identity.port.in.session;

import io.kamdesk.domain.identity.Viewer;
import java.util.Optional;

/**
 * Turns a verified access token into the {@link Viewer} it speaks for, on every request. Answers
 * from memory: revocations and changed users reach it through {@link SynchronizeSecurityStateUseCase}.
 */
public interface ResolveViewerUseCase {

    /** Empty when the session was revoked or the user is gone or inactive. */
    Optional<Viewer> resolve(ResolveViewerQuery claims);
}
