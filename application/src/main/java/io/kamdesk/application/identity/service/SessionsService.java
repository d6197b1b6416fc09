package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.session.ListSessionsQuery;
import io.kamdesk.application.identity.port.in.session.ListSessionsUseCase;
import io.kamdesk.application.identity.port.in.session.RevokeSessionUseCase;
import io.kamdesk.application.identity.port.in.session.SessionView;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Subject;
import java.time.Clock;
import java.util.UUID;

/** A user's view of their own logins: list them, end one. */
public final class SessionsService implements ListSessionsUseCase, RevokeSessionUseCase {

    private final SessionRepository sessions;
    private final SessionRevoker revoker;
    private final Clock clock;

    public SessionsService(SessionRepository sessions, SessionRevoker revoker, Clock clock) {
        this.sessions = sessions;
        this.revoker = revoker;
        this.clock = clock;
    }

    @Override
    public void listSessions(ListSessionsQuery query, ResultSink<SessionView> sink) {
        sessions.list(query, clock.instant(), sink);
    }

    @Override
    public void revokeSession(Viewer viewer, UUID sessionId) {
        revoker.revoke(sessionId, "revoked by its user", session -> {
            if (session.userId() != viewer.userId()) {
                throw sessionNotFound();
            }
        }, SessionsService::sessionNotFound);
    }

    private static NotFoundException sessionNotFound() {
        return new NotFoundException(Subject.SESSION);
    }
}
