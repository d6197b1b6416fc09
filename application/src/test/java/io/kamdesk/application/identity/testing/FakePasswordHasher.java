package io.kamdesk.application.identity.testing;

import io.kamdesk.application.identity.port.out.PasswordHasher;

/**
 * A readable stand-in for the slow hasher: {@code "hashed:" + raw}. Counts comparisons so that tests
 * can check that an unknown account costs a comparison like a known one.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private static final String PREFIX = "hashed:";

    private int comparisons;

    @Override
    public String hash(String rawPassword) {
        return PREFIX + rawPassword;
    }

    @Override
    public synchronized boolean matches(String rawPassword, String hash) {
        comparisons++;
        return hash.equals(PREFIX + rawPassword);
    }

    public synchronized int comparisons() {
        return comparisons;
    }
}
