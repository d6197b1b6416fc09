package io.kamdesk.application.contract;

import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import java.time.Instant;

/**
 * The identity out-ports over one store, as a contract drives them: in memory or on PostgreSQL. The
 * store may hold other tests' rows (and the seeded roles): contracts look only at rows they made.
 */
public interface IdentityStore {

    UserRepository users();

    RoleRepository roles();

    SessionRepository sessions();

    Instant now();
}
