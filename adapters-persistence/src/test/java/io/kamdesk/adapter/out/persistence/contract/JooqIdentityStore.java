package io.kamdesk.adapter.out.persistence.contract;

import io.kamdesk.application.contract.IdentityStore;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** The jOOQ identity repositories on the test's PostgreSQL database, as the identity contracts drive them. */
@Component
class JooqIdentityStore implements IdentityStore {

    private final UserRepository users;
    private final RoleRepository roles;
    private final SessionRepository sessions;

    JooqIdentityStore(UserRepository users, RoleRepository roles, SessionRepository sessions) {
        this.users = users;
        this.roles = roles;
        this.sessions = sessions;
    }

    @Override
    public UserRepository users() {
        return users;
    }

    @Override
    public RoleRepository roles() {
        return roles;
    }

    @Override
    public SessionRepository sessions() {
        return sessions;
    }

    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
