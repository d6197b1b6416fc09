package io.kamdesk.application.identity.port.in.session;

/**
 * Brings this instance's view of revoked sessions and changed users up to date with the database.
 * Called every few seconds on every instance; the interval bounds how long a revocation made on
 * another instance takes to be honoured here.
 */
public interface SynchronizeSecurityStateUseCase {

    void synchronize();
}
