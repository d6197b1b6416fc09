package io.kamdesk.application.identity.port.out;

import io.kamdesk.application.identity.port.in.user.ListUsersQuery;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import java.util.Optional;

/** Stored users. */
public interface UserRepository {

    Optional<User> findById(long id);

    Optional<User> findByEmail(EmailAddress email);

    /** Case-insensitive. */
    Optional<User> findByUsername(Username username);

    boolean anyExists();

    /** Saves changed details, password, role and active flag. */
    void update(User user);

    void delete(long id);

    /** Active users holding the role. */
    long countActiveWithRole(long roleId);

    /**
     * Serialises changes to users and roles within the transaction, so that two admins cannot each
     * remove one of the last two super_admins at the same moment. Call inside a transaction.
     */
    void lockUserAdministration();

    Optional<UserView> findView(long id);

    /** Lists users matching the query; {@code roleId} is the query's role, already resolved. */
    void list(ListUsersQuery query, Optional<Long> roleId, ResultSink<UserView> sink);

    /** Stores a new user and answers it with its id. */
    User insert(User user);

    /**
     * Holds a transaction-wide lock that makes "create the first user if none exists" safe when
     * several instances start at once. Call inside a transaction.
     */
    void lockFirstUserCreation();
}
