package io.kamdesk.application.identity.testing;

import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Roles in a map, behaving as the tables do: names are unique ignoring case, new roles are numbered
 * after the highest id, {@link #update} saves only name, description, scope, permissions and the
 * update time, and a role users hold cannot be deleted (the foreign key restricts it). Users are
 * those of the user store it is attached to with {@link #holdersFrom}; without one, nobody holds a
 * role.
 */
public final class InMemoryRoleRepository implements RoleRepository, InMemoryTransactions.Participant {

    private final Map<Long, Role> roles = new LinkedHashMap<>();
    private long nextId = 1;
    private Supplier<? extends Collection<User>> users = List::of;

    /** Counts and delete checks look at these users from now on. */
    public synchronized void holdersFrom(Supplier<? extends Collection<User>> source) {
        this.users = source;
    }

    @Override
    public synchronized Optional<Role> findById(long id) {
        return Optional.ofNullable(roles.get(id));
    }

    @Override
    public synchronized Optional<Role> findByName(String name) {
        String folded = name.toLowerCase(Locale.ROOT);
        return roles.values().stream().filter(role -> role.name().toLowerCase(Locale.ROOT).equals(folded)).findFirst();
    }

    @Override
    public synchronized List<Role> findAll() {
        return roles.values().stream().sorted(Comparator.comparingLong(Role::id)).toList();
    }

    @Override
    public synchronized Role insert(Role role) {
        Role stored = role.withId(nextId);
        refuseDuplicateName(stored);
        nextId++;
        roles.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(Role role) {
        Role stored = roles.get(role.id());
        if (stored == null) {
            throw new NotFoundException(Subject.ROLE);
        }
        Role updated = Role.restore(stored.id(), role.name(), role.description(), role.scope(),
                stored.holdsAllPermissions(), stored.isBuiltin(), role.permissions(), role.isActive(),
                stored.createdAt(), role.updatedAt());
        refuseDuplicateName(updated);
        roles.put(updated.id(), updated);
    }

    @Override
    public synchronized void delete(long id) {
        if (holders().containsKey(id)) {
            throw new ConflictException(Refusal.ROLE_IN_USE);
        }
        roles.remove(id);
    }

    @Override
    public synchronized Map<Long, Long> userCounts() {
        return Map.copyOf(holders());
    }

    /** Test set-up: stores or replaces a role. */
    public synchronized Role save(Role role) {
        refuseDuplicateName(role);
        roles.put(role.id(), role);
        nextId = Math.max(nextId, role.id() + 1);
        return role;
    }

    public synchronized List<Role> all() {
        return findAll();
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<Long, Role> copy = new LinkedHashMap<>(roles);
        long idAtSnapshot = nextId;
        return () -> {
            synchronized (this) {
                roles.clear();
                roles.putAll(copy);
                // like a database sequence, ids handed out are not given back on rollback
                nextId = Math.max(nextId, idAtSnapshot);
            }
        };
    }

    private Map<Long, Long> holders() {
        Map<Long, Long> counts = new TreeMap<>();
        for (User user : users.get()) {
            user.roleId().ifPresent(roleId -> counts.merge(roleId, 1L, Long::sum));
        }
        return counts;
    }

    private void refuseDuplicateName(Role candidate) {
        String folded = candidate.name().toLowerCase(Locale.ROOT);
        boolean clash = roles.values().stream()
                .anyMatch(other -> other.id() != candidate.id() && other.name().toLowerCase(Locale.ROOT).equals(folded));
        if (clash) {
            throw InvalidInputException.of("name", Reason.TAKEN, Subject.ROLE);
        }
    }
}
