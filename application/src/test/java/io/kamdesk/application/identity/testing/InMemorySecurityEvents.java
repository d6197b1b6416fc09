package io.kamdesk.application.identity.testing;

import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.port.out.SecurityEvents;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The shared event log in a list. Like the database it stamps each published event with its own
 * clock (the one given here stands for the database's) and ignores any time the event carried.
 */
public final class InMemorySecurityEvents implements SecurityEvents, InMemoryTransactions.Participant {

    private final Clock databaseClock;
    private final List<SecurityEvent> events = new ArrayList<>();

    public InMemorySecurityEvents(Clock databaseClock) {
        this.databaseClock = Objects.requireNonNull(databaseClock);
    }

    @Override
    public synchronized void publish(SecurityEvent event) {
        events.add(new SecurityEvent(event.kind(), event.userId(), event.sessionId(), databaseClock.instant()));
    }

    /**
     * Test set-up: an event that becomes visible now although stamped earlier, as happens when its
     * transaction commits after a later event was already seen.
     */
    public synchronized void publishStampedAt(SecurityEvent event, Instant occurredAt) {
        events.add(new SecurityEvent(event.kind(), event.userId(), event.sessionId(), occurredAt));
    }

    @Override
    public synchronized List<SecurityEvent> after(Instant after) {
        return select(event -> event.occurredAt().isAfter(after));
    }

    @Override
    public synchronized List<SecurityEvent> recent(Duration lookback) {
        Instant since = databaseClock.instant().minus(lookback);
        return select(event -> event.occurredAt().isAfter(since));
    }

    @Override
    public synchronized void purgeOlderThan(Duration age) {
        Instant since = databaseClock.instant().minus(age);
        events.removeIf(event -> !event.occurredAt().isAfter(since));
    }

    /** Every event still recorded, oldest first. */
    public synchronized List<SecurityEvent> all() {
        return select(event -> true);
    }

    @Override
    public synchronized Runnable snapshot() {
        List<SecurityEvent> copy = List.copyOf(events);
        return () -> {
            synchronized (this) {
                events.clear();
                events.addAll(copy);
            }
        };
    }

    private List<SecurityEvent> select(Predicate<SecurityEvent> condition) {
        // a stable sort keeps publication order among events of the same instant, like ORDER BY occurred_at, id
        return events.stream().filter(condition).sorted(Comparator.comparing(SecurityEvent::occurredAt)).toList();
    }
}
