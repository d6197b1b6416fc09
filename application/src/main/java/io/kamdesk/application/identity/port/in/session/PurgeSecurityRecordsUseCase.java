package io.kamdesk.application.identity.port.in.session;

/** Housekeeping: forgets login failures and security events too old to matter. */
public interface PurgeSecurityRecordsUseCase {

    void purge();
}
