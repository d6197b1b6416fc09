package io.kamdesk.application.contract;

import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.identity.testing.IdentityFakes;
import java.time.Instant;

/** The identity fakes the application tests use. */
public final class InMemoryIdentityStore implements IdentityStore {

    private final IdentityFakes fakes = new IdentityFakes();

    @Override
    public UserRepository users() {
        return fakes.users();
    }

    @Override
    public RoleRepository roles() {
        return fakes.roles();
    }

    @Override
    public SessionRepository sessions() {
        return fakes.sessions();
    }

    @Override
    public Instant now() {
        return fakes.clock().instant();
    }
}
