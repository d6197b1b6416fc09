package io.kamdesk.application.identity.testing;

import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.domain.identity.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Roles in a map; names are unique ignoring case, as in the database. */
public final class InMemoryRoleRepository implements RoleRepository, InMemoryTransactions.Participant {

    private final Map<Long, Role> roles = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Role> findById(long id) {
        return Optional.ofNullable(roles.get(id));
    }

    @Override
    public synchronized Optional<Role> findByName(String name) {
        String folded = name.toLowerCase(Locale.ROOT);
        return roles.values().stream().filter(role -> role.name().toLowerCase(Locale.ROOT).equals(folded)).findFirst();
    }

    /** Test set-up: stores or replaces a role. */
    public synchronized Role save(Role role) {
        String folded = role.name().toLowerCase(Locale.ROOT);
        boolean clash = roles.values().stream()
                .anyMatch(other -> other.id() != role.id() && other.name().toLowerCase(Locale.ROOT).equals(folded));
        if (clash) {
            throw new IllegalStateException("duplicate role name " + role.name());
        }
        roles.put(role.id(), role);
        return role;
    }

    public synchronized List<Role> all() {
        return List.copyOf(roles.values());
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<Long, Role> copy = new LinkedHashMap<>(roles);
        return () -> {
            synchronized (this) {
                roles.clear();
                roles.putAll(copy);
            }
        };
    }
}
