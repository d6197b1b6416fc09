package io.kamdesk.application.identity.port.in.user;

import io.kamdesk.domain.identity.Viewer;
import java.util.UUID;

/** A user changes their own password; their other sessions end, the current one stays. */
public interface ChangeOwnPasswordUseCase {

    void changeOwnPassword(Viewer actor, UUID currentSessionId, String oldPassword, String newPassword);
}
