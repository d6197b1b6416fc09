package io.kamdesk.application.crm.port.out;

import io.kamdesk.application.crm.port.in.AssignableUserView;
import java.util.List;
import java.util.Optional;

/** The users a customer or prospect may be assigned to. */
public interface KamDirectory {

    /** The user if they exist and are active. */
    Optional<Kam> findActive(long userId);

    /** The active user with this username or e-mail (case-insensitive), as spreadsheets name KAMs. */
    Optional<Kam> findActiveByLogin(String usernameOrEmail);

    /** Every active user, ordered by username (ignoring case). */
    List<AssignableUserView> listActive();

    /** An assignable user. */
    record Kam(long id, String username, String email) {
    }
}
