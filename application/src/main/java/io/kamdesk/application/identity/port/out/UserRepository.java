package io.kamdesk.application.identity.port.out;

import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.shared.EmailAddress;
import java.util.Optional;

/** Stored users. */
public interface UserRepository {

    Optional<User> findById(long id);

    Optional<User> findByEmail(EmailAddress email);

    boolean anyExists();

    /** Stores a new user and answers it with its id. */
    User insert(User user);

    /**
     * Holds a transaction-wide lock that makes "create the first user if none exists" safe when
     * several instances start at once. Call inside a transaction.
     */
    void lockFirstUserCreation();
}
