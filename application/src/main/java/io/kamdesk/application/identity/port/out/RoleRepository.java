package io.kamdesk.application.identity.port.out;

import io.kamdesk.domain.identity.Role;
import java.util.Optional;

/** Stored roles with their permissions. */
public interface RoleRepository {

    Optional<Role> findById(long id);

    Optional<Role> findByName(String name);
}
