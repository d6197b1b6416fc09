package io.kamdesk.application.identity.testing;

import io.kamdesk.application.identity.port.out.LoginFailures;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.domain.identity.LoginThrottlePolicy.FailureCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Failed logins in a list, counted as the SQL counts them: a window excludes its start instant, and
 * the instant answered is that of the {@code limit}-th most recent failure (none below the limit).
 */
public final class InMemoryLoginFailures implements LoginFailures, InMemoryTransactions.Participant {

    /** One failed login. */
    public record Failure(String accountKey, String clientAddress, Instant at) {
    }

    private final List<Failure> failures = new ArrayList<>();

    @Override
    public synchronized void record(String accountKey, String clientAddress, Instant at) {
        failures.add(new Failure(accountKey, clientAddress, at));
    }

    @Override
    public synchronized FailureCount countForAccount(String accountKey, Instant since, int limit) {
        return count(failure -> failure.accountKey().equals(accountKey), since, limit);
    }

    @Override
    public synchronized FailureCount countForAddress(String clientAddress, Instant since, int limit) {
        return count(failure -> failure.clientAddress().equals(clientAddress), since, limit);
    }

    @Override
    public synchronized void clearAccount(String accountKey) {
        failures.removeIf(failure -> failure.accountKey().equals(accountKey));
    }

    @Override
    public synchronized void purgeOlderThan(Instant before) {
        failures.removeIf(failure -> failure.at().isBefore(before));
    }

    /** Every failure still recorded, oldest first. */
    public synchronized List<Failure> all() {
        return failures.stream().sorted(Comparator.comparing(Failure::at)).toList();
    }

    public synchronized long countOf(String accountKey) {
        return failures.stream().filter(failure -> failure.accountKey().equals(accountKey)).count();
    }

    @Override
    public synchronized Runnable snapshot() {
        List<Failure> copy = List.copyOf(failures);
        return () -> {
            synchronized (this) {
                failures.clear();
                failures.addAll(copy);
            }
        };
    }

    private FailureCount count(Predicate<Failure> whose, Instant since, int limit) {
        List<Instant> newestFirst = failures.stream()
                .filter(whose)
                .filter(failure -> failure.at().isAfter(since))
                .map(Failure::at)
                .sorted(Comparator.reverseOrder())
                .toList();
        if (newestFirst.size() < limit) {
            return new FailureCount(newestFirst.size(), null);
        }
        return new FailureCount(newestFirst.size(), newestFirst.get(limit - 1));
    }
}
