package io.kamdesk.application.identity.testing;

import io.kamdesk.application.identity.port.in.user.ListUsersQuery;
import io.kamdesk.application.identity.port.in.user.UserSortField;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Users in a map, behaving as the table does: a second user with the same e-mail or (ignoring case)
 * username is refused, new users are numbered from 1, {@link #update} changes every column but the id
 * and the creation time, views carry the name of the user's role from the role store, and lists
 * filter, search, order (id as tie-breaker, id ascending by default) and page as the SQL does.
 * Deleting a user runs the registered {@link #onDelete} actions, as the schema's cascades do.
 */
public final class InMemoryUserRepository implements UserRepository, InMemoryTransactions.Participant {

    private final InMemoryRoleRepository roles;
    private final Map<Long, User> users = new LinkedHashMap<>();
    private final List<LongConsumer> cascades = new ArrayList<>();
    private long nextId = 1;
    private int firstUserLocks;
    private int administrationLocks;

    /** Users whose role names come from {@code roles}. */
    public InMemoryUserRepository(InMemoryRoleRepository roles) {
        this.roles = roles;
    }

    @Override
    public synchronized Optional<User> findById(long id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Optional<User> findByEmail(EmailAddress email) {
        return users.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public synchronized Optional<User> findByUsername(Username username) {
        String folded = username.value().toLowerCase(Locale.ROOT);
        return users.values().stream()
                .filter(user -> user.username().value().toLowerCase(Locale.ROOT).equals(folded))
                .findFirst();
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
    public synchronized void update(User user) {
        User stored = users.get(user.id());
        if (stored == null) {
            throw new NotFoundException(Subject.USER);
        }
        User updated = User.restore(stored.id(), user.email(), user.username(), user.passwordHash(),
                user.firstName(), user.lastName(), user.roleId().orElse(null), user.isActive(), stored.createdAt(),
                user.updatedAt());
        refuseDuplicates(updated);
        users.put(updated.id(), updated);
    }

    @Override
    public void delete(long id) {
        List<LongConsumer> actions;
        synchronized (this) {
            if (users.remove(id) == null) {
                return;
            }
            actions = List.copyOf(cascades);
        }
        actions.forEach(action -> action.accept(id));
    }

    @Override
    public synchronized long countActiveWithRole(long roleId) {
        return users.values().stream().filter(User::isActive).filter(user -> user.hasRole(roleId)).count();
    }

    @Override
    public synchronized void lockUserAdministration() {
        administrationLocks++;
    }

    @Override
    public synchronized Optional<UserView> findView(long id) {
        return findById(id).map(this::toView);
    }

    @Override
    public void list(ListUsersQuery query, Optional<Long> roleId, ResultSink<UserView> sink) {
        List<User> matching;
        synchronized (this) {
            matching = users.values().stream()
                    .filter(user -> roleId.map(user::hasRole).orElse(true))
                    .filter(user -> query.active().map(wanted -> user.isActive() == wanted).orElse(true))
                    .filter(user -> query.spec().search().map(text -> matches(user, text)).orElse(true))
                    .sorted(ordering(query.spec().ordering()))
                    .toList();
        }
        sink.total(matching.size());
        Stream<User> page = query.spec().page()
                .map(p -> matching.stream().skip(p.offset()).limit(p.size()))
                .orElseGet(matching::stream);
        page.map(this::toView).forEach(sink::item);
    }

    @Override
    public synchronized void lockFirstUserCreation() {
        firstUserLocks++;
    }

    /** Runs {@code action} with the id of each deleted user (sessions go with their user). */
    public synchronized void onDelete(LongConsumer action) {
        cascades.add(action);
    }

    /** Test set-up: stores a user exactly as given (for example one restored as inactive). */
    public synchronized User save(User user) {
        refuseDuplicates(user);
        users.put(user.id(), user);
        nextId = Math.max(nextId, user.id() + 1);
        return user;
    }

    public synchronized List<User> all() {
        return List.copyOf(users.values());
    }

    /** How often the first-user lock was taken. */
    public synchronized int firstUserLocks() {
        return firstUserLocks;
    }

    /** How often the user-administration lock was taken. */
    public synchronized int administrationLocks() {
        return administrationLocks;
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

    private UserView toView(User user) {
        String roleName = user.roleId().flatMap(roles::findById).map(Role::name).orElse(null);
        return new UserView(user.id(), user.email().value(), user.username().value(), user.firstName(),
                user.lastName(), user.roleId().orElse(null), roleName, user.isActive(), user.createdAt(),
                user.updatedAt());
    }

    private static boolean matches(User user, String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        return Stream.of(user.email().value(), user.username().value(), user.firstName(), user.lastName())
                .anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(folded));
    }

    private static Comparator<User> ordering(List<SortOrder<UserSortField>> orders) {
        Comparator<User> comparator = (a, b) -> 0;
        for (SortOrder<UserSortField> order : orders) {
            Comparator<User> byField = comparatorOf(order.field());
            comparator = comparator.thenComparing(order.descending() ? byField.reversed() : byField);
        }
        // the tie-breaker runs in the last key's direction, as ListQueries orders it
        boolean lastDescending = !orders.isEmpty() && orders.getLast().descending();
        Comparator<User> byId = Comparator.comparingLong(User::id);
        return comparator.thenComparing(lastDescending ? byId.reversed() : byId);
    }

    private static Comparator<User> comparatorOf(UserSortField field) {
        return switch (field) {
            case ID -> Comparator.comparingLong(User::id);
            case EMAIL -> Comparator.comparing(user -> user.email().value());
            case USERNAME -> Comparator.comparing(user -> user.username().value());
            case FIRST_NAME -> Comparator.comparing(User::firstName);
            case LAST_NAME -> Comparator.comparing(User::lastName);
            case CREATED_AT -> Comparator.comparing((Function<User, Instant>) User::createdAt);
            case UPDATED_AT -> Comparator.comparing((Function<User, Instant>) User::updatedAt);
        };
    }

    private void refuseDuplicates(User candidate) {
        String username = candidate.username().value().toLowerCase(Locale.ROOT);
        for (User other : users.values()) {
            if (other.id() == candidate.id()) {
                continue;
            }
            if (other.email().equals(candidate.email())) {
                throw InvalidInputException.of("email", Reason.TAKEN, Subject.USER);
            }
            if (other.username().value().toLowerCase(Locale.ROOT).equals(username)) {
                throw InvalidInputException.of("username", Reason.TAKEN, Subject.USER);
            }
        }
    }
}
