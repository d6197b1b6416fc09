package io.kamdesk.application.demodata.port.in;

import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Reason;

/**
 * How much to generate: {@code users} KAMs (role sales_person), {@code customers} spread over them,
 * each with {@code billsPerCustomer} monthly bills, all drawn from {@code seed}. {@code progress} is
 * told after every batch written.
 */
public record GenerateDemoDataCommand(int customers, int billsPerCustomer, int users, long seed, Progress progress) {

    public static final int MAX_CUSTOMERS = 1_000_000;
    /** Ten years of monthly bills. */
    public static final int MAX_BILLS_PER_CUSTOMER = 120;
    public static final int MAX_USERS = 1_000;

    public static final int DEMO_CUSTOMERS = 300;
    public static final int DEMO_BILLS_PER_CUSTOMER = 24;
    public static final int DEMO_USERS = 8;
    public static final long DEFAULT_SEED = 42;

    public GenerateDemoDataCommand {
        requireWithin("customers", customers, MAX_CUSTOMERS);
        requireWithin("billsPerCustomer", billsPerCustomer, MAX_BILLS_PER_CUSTOMER);
        requireWithin("users", users, MAX_USERS);
        progress = progress == null ? (customersWritten, billsWritten) -> { } : progress;
    }

    /** The newcomer's set: enough for a dashboard that shows something alive, written in seconds. */
    public static GenerateDemoDataCommand demo(long seed, Progress progress) {
        return new GenerateDemoDataCommand(DEMO_CUSTOMERS, DEMO_BILLS_PER_CUSTOMER, DEMO_USERS, seed, progress);
    }

    private static void requireWithin(String what, int value, int max) {
        if (value < 0 || value > max) {
            throw InvalidInputException.of(what, Reason.OUT_OF_RANGE, 0, max);
        }
    }

    /** Told how many customers and bills have been written so far. */
    @FunctionalInterface
    public interface Progress {
        void written(long customers, long bills);
    }
}
