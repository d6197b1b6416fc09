package io.kamdesk.application.identity.testing;

import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.shared.EmailAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Users in a map. Like the database it refuses a second user with the same e-mail or (ignoring
 * case) username, and numbers new users from 1.
 */
public final class InMemoryUserRepository implements UserRepository, InMemoryTransactions.Participant {

    private final Map<Long, User> users = new LinkedHashMap<>();
    private long nextId = 1;
    private int firstUserLocks;

    @Override
    public synchronized Optional<User> findById(long id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Optional<User> findByEmail(EmailAddress email) {
        return users.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public synchronized boolean anyExists() {
        return !users.isEmpty();
    }

    @Override
    public synchronized User insert(User user) {
        User stored = user.withId(nextId++);
        refuseDuplicates(stored);
        users.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void lockFirstUserCreation() {
        firstUserLocks++;
    }

    /** Test set-up: stores a user exactly as given (for example one restored as inactive). */
    public synchronized User save(User user) {
        refuseDuplicates(user);
        users.put(user.id(), user);
        nextId = Math.max(nextId, user.id() + 1);
        return user;
    }

    /** Test set-up: forgets a user, as if deleted. */
    public synchronized void delete(long id) {
        users.remove(id);
    }

    public synchronized List<User> all() {
        return List.copyOf(users.values());
    }

    /** How often the first-user lock was taken. */
    public synchronized int firstUserLocks() {
        return firstUserLocks;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<Long, User> copy = new LinkedHashMap<>(users);
        long idAtSnapshot = nextId;
        return () -> {
            synchronized (this) {
                users.clear();
                users.putAll(copy);
                // like a database sequence, ids handed out are not given back on rollback
                nextId = Math.max(nextId, idAtSnapshot);
            }
        };
    }

    private void refuseDuplicates(User candidate) {
        String username = candidate.username().value().toLowerCase(Locale.ROOT);
        for (User other : users.values()) {
            if (other.id() == candidate.id()) {
                continue;
            }
            if (other.email().equals(candidate.email())) {
                throw new IllegalStateException("duplicate e-mail " + candidate.email());
            }
            if (other.username().value().toLowerCase(Locale.ROOT).equals(username)) {
                throw new IllegalStateException("duplicate username " + candidate.username());
            }
        }
    }
}
