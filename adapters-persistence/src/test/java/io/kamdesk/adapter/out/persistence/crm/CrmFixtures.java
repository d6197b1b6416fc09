package io.kamdesk.adapter.out.persistence.crm;

import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Users and viewers for the CRM tests. The test database is shared by every test class with the same
 * configuration, so each test makes its own users and finds its own rows by markers.
 */
final class CrmFixtures {

    /** As PostgreSQL stores it: microseconds. */
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CrmFixtures() {
    }

    static int next() {
        return SEQUENCE.incrementAndGet();
    }

    /** A marker unique to the calling test, to search its rows by; the closing letter keeps 1 from matching 12. */
    static String marker(String prefix) {
        return prefix + next() + "x";
    }

    static User newUser(UserRepository users, String prefix) {
        int n = next();
        return users.insert(User.create(EmailAddress.of(prefix + n + "@crm.example.com"),
                Username.of(prefix + n + "_crm"), "hash", "", "", null, NOW));
    }

    /** A KAM who sees only their own records, as the seeded sales_person role does. */
    static Viewer own(User user) {
        return new Viewer(user.id(), user.username().value(), "sales_person", Set.of(), DataScope.OWN);
    }

    /** Someone who sees every record, as the seeded admin and sales_manager roles do. */
    static Viewer all(User user) {
        return new Viewer(user.id(), user.username().value(), "sales_manager", Set.of(), DataScope.ALL);
    }
}
