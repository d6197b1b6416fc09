package io.kamdesk.application.identity.port.out;

import io.kamdesk.domain.identity.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored roles with their permissions. */
public interface RoleRepository {

    Optional<Role> findById(long id);

    /** Case-insensitive. */
    Optional<Role> findByName(String name);

    /** Every role, ordered by id. */
    List<Role> findAll();

    /** Stores a new role with its permissions and answers it with its id. */
    Role insert(Role role);

    /** Saves name, description, scope and the permission set. */
    void update(Role role);

    void delete(long id);

    /** How many users (active or not) hold each role, by role id. */
    Map<Long, Long> userCounts();
}
