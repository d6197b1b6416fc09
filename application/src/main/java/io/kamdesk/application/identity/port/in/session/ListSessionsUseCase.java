package io.kamdesk.application.identity.port.in.session;

import io.kamdesk.application.shared.ResultSink;

/** The caller's own sessions (logins), newest first unless ordered otherwise. */
public interface ListSessionsUseCase {

    void listSessions(ListSessionsQuery query, ResultSink<SessionView> sink);
}
