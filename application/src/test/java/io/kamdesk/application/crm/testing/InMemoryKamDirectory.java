package io.kamdesk.application.crm.testing;

import io.kamdesk.application.crm.port.in.AssignableUserView;
import io.kamdesk.application.crm.port.out.KamDirectory;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The users records may be assigned to, numbered from 1. Inactive users stay known (their name still
 * shows on the records they hold) but are never offered as assignable.
 */
public final class InMemoryKamDirectory implements KamDirectory {

    private record Entry(Kam kam, boolean active) {
    }

    private final Map<Long, Entry> users = new LinkedHashMap<>();
    private long nextId = 1;

    /** Test set-up: an active user whose e-mail is {@code <username>@kamdesk.test}. */
    public synchronized Kam add(String username) {
        Kam kam = new Kam(nextId++, username, username + "@kamdesk.test");
        users.put(kam.id(), new Entry(kam, true));
        return kam;
    }

    /** Test set-up: the user stays known but can no longer be assigned. */
    public synchronized void deactivate(long userId) {
        Entry entry = users.get(userId);
        if (entry == null) {
            throw new IllegalArgumentException("no user " + userId);
        }
        users.put(userId, new Entry(entry.kam(), false));
    }

    @Override
    public synchronized Optional<Kam> findActiveByLogin(String usernameOrEmail) {
        String login = usernameOrEmail.strip().toLowerCase(java.util.Locale.ROOT);
        return users.values().stream()
                .filter(Entry::active)
                .map(Entry::kam)
                .filter(kam -> kam.username().equalsIgnoreCase(login) || kam.email().equalsIgnoreCase(login))
                .findFirst();
    }

    /** Whether the user exists at all, active or not: what a foreign key to the users checks. */
    public synchronized boolean exists(long userId) {
        return users.containsKey(userId);
    }

    @Override
    public synchronized Optional<Kam> findActive(long userId) {
        return Optional.ofNullable(users.get(userId)).filter(Entry::active).map(Entry::kam);
    }

    /** Every active user by username; the fake's users have no names and the role {@code sales_person}. */
    @Override
    public synchronized List<AssignableUserView> listActive() {
        return users.values().stream()
                .filter(Entry::active)
                .map(Entry::kam)
                .sorted(Comparator.comparing((Kam kam) -> kam.username().toLowerCase(Locale.ROOT))
                        .thenComparing(Kam::id))
                .map(kam -> new AssignableUserView(kam.id(), kam.username(), kam.email(), "", "", "sales_person"))
                .toList();
    }

    /** Any known user, active or not, as a join on the users table would find them. */
    public synchronized Optional<Kam> find(long userId) {
        return Optional.ofNullable(users.get(userId)).map(Entry::kam);
    }
}
