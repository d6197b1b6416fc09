package io.kamdesk.application.identity.port.in.user;

import java.util.Optional;

/** On first start, creates the super_admin who creates everyone else. */
public interface CreateFirstSuperAdminUseCase {

    /** Empty when a user already exists: then nothing is created. */
    Optional<FirstSuperAdmin> createIfNoUserExists(CreateFirstSuperAdminCommand command);
}
