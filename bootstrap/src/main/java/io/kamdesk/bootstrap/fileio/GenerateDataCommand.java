package io.kamdesk.bootstrap.fileio;

import io.kamdesk.adapter.in.rest.shared.Wording;
import io.kamdesk.application.demodata.port.in.GenerateDataReport;
import io.kamdesk.application.demodata.port.in.GenerateDataUseCase;
import io.kamdesk.application.demodata.port.in.GenerateDemoDataCommand;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.InvalidInputException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code java -jar kamdesk.jar generate-data [--demo] [--customers N] [--bills-per-customer N]
 * [--users N] [--seed N]}: fills the configured database with generated KAMs, customers and bills.
 * Without sizes it writes the newcomer's demo set. Exit code 0 when written, 2 for a usage error or a
 * refusal (the seed was generated before).
 */
final class GenerateDataCommand {

    static final String USAGE_LINE =
            "usage: generate-data [--demo] [--customers N] [--bills-per-customer N] [--users N] [--seed N]";
    static final String USAGE = USAGE_LINE + "\n" + String.format(Locale.ROOT, """
              --demo                   the newcomer's set, also the default: %d users, %d customers, %d bills each
              --customers N            customers to generate, 0 to %,d
              --bills-per-customer N   monthly bills of each customer, up to this month, 0 to %d
              --users N                KAMs (role sales_person) the customers are spread over, 0 to %,d
              --seed N                 any whole number (default %d); the same seed on the same day gives the same data
            Sizes not given are the demo's. Generated users log in with the password %s.""",
            GenerateDemoDataCommand.DEMO_USERS, GenerateDemoDataCommand.DEMO_CUSTOMERS,
            GenerateDemoDataCommand.DEMO_BILLS_PER_CUSTOMER, GenerateDemoDataCommand.MAX_CUSTOMERS,
            GenerateDemoDataCommand.MAX_BILLS_PER_CUSTOMER, GenerateDemoDataCommand.MAX_USERS, GenerateDemoDataCommand.DEFAULT_SEED,
            GenerateDataUseCase.USER_PASSWORD);

    private static final Set<String> SIZES = Set.of("--customers", "--bills-per-customer", "--users");
    private static final Set<String> WITH_VALUE = Set.of("--customers", "--bills-per-customer", "--users", "--seed");
    /** How the refusals of a request name its counts. */
    private static final Map<String, String> COUNTS = Map.of("customers", "customers", "billsPerCustomer",
            "bills per customer", "users", "users");

    private final GenerateDataUseCase generator;
    private final PrintStream out;
    private final boolean terminal;
    private long expectedCustomers;
    private int lastTenth;

    GenerateDataCommand(GenerateDataUseCase generator, PrintStream out, boolean terminal) {
        this.generator = generator;
        this.out = out;
        this.terminal = terminal;
    }

    /** What is wrong with the arguments, followed by the usage text; empty when they are fine. */
    static Optional<String> usageError(List<String> args) {
        try {
            parse(args, null);
            return Optional.empty();
        } catch (UsageException e) {
            return Optional.of(e.getMessage() + "\n" + USAGE);
        }
    }

    /** Runs the command and answers the process's exit code. */
    int run(List<String> args) {
        GenerateDemoDataCommand request;
        try {
            request = parse(args, this::progress);
        } catch (UsageException e) {
            out.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        out.println(String.format(Locale.ROOT,
                "Generating %,d users and %,d customers with %,d bills each (%,d bills), seed %d", request.users(),
                request.customers(), request.billsPerCustomer(),
                (long) request.customers() * request.billsPerCustomer(), request.seed()));
        expectedCustomers = request.customers();
        long started = System.nanoTime();
        GenerateDataReport report;
        try {
            report = generator.generateData(request);
        } catch (DomainException e) {
            out.println((terminal ? "\r" : "") + "Nothing generated: " + Wording.detail(e));
            return 2;
        }
        print(report, Duration.ofNanos(System.nanoTime() - started));
        return 0;
    }

    private static GenerateDemoDataCommand parse(List<String> args, GenerateDemoDataCommand.Progress progress) {
        Map<String, Long> values = new HashMap<>();
        boolean demo = false;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.equals("--demo") && name.equals(arg)) {
                demo = true;
                continue;
            }
            if (!WITH_VALUE.contains(name)) {
                throw new UsageException("Unknown option: " + arg);
            }
            String value;
            if (!name.equals(arg)) {
                value = arg.substring(name.length() + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(name + " needs a number.");
            }
            if (values.put(name, number(name, value)) != null) {
                throw new UsageException(name + " is given twice.");
            }
        }
        if (demo && values.keySet().stream().anyMatch(SIZES::contains)) {
            throw new UsageException("--demo is a fixed size: leave it out to choose --customers, "
                    + "--bills-per-customer or --users.");
        }
        try {
            return new GenerateDemoDataCommand(
                    size(values, "--customers", GenerateDemoDataCommand.DEMO_CUSTOMERS),
                    size(values, "--bills-per-customer", GenerateDemoDataCommand.DEMO_BILLS_PER_CUSTOMER),
                    size(values, "--users", GenerateDemoDataCommand.DEMO_USERS),
                    values.getOrDefault("--seed", GenerateDemoDataCommand.DEFAULT_SEED), progress);
        } catch (InvalidInputException e) {
            throw new UsageException(outOfRange(e));
        }
    }

    /** "The number of customers must be between 0 and 1000000." for each count out of its bounds. */
    private static String outOfRange(InvalidInputException refused) {
        return refused.fieldErrors().entrySet().stream()
                .map(field -> "The number of " + COUNTS.getOrDefault(field.getKey(), field.getKey())
                        + " must be between " + field.getValue().getFirst().argument(0) + " and "
                        + field.getValue().getFirst().argument(1) + ".")
                .collect(Collectors.joining(" "));
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": \"" + value + "\" is not a whole number.");
        }
    }

    /** An int when it fits; anything larger is refused by the request's own limits. */
    private static int size(Map<String, Long> values, String name, int fallback) {
        long value = values.getOrDefault(name, (long) fallback);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private void progress(long customers, long bills) {
        if (terminal) {
            out.print(String.format(Locale.ROOT, "\r%,d customers and %,d bills written", customers, bills));
        } else {
            // about ten lines for a whole run, however large
            int tenth = (int) (customers * 10 / Math.max(1, expectedCustomers));
            if (tenth > lastTenth) {
                lastTenth = tenth;
                out.println(String.format(Locale.ROOT, "%,d customers and %,d bills written", customers, bills));
            }
        }
    }

    private void print(GenerateDataReport report, Duration took) {
        if (terminal) {
            out.print("\r");
        }
        List<String> users = report.userEmails();
        double seconds = Math.max(took.toNanos(), 1) / 1e9;
        long rows = users.size() + report.customers() + report.bills();
        out.println("Generated:");
        out.println("  users:              " + users.size() + (users.isEmpty() ? ""
                : " (" + users.getFirst() + (users.size() > 1 ? " … " + users.getLast() : "") + ", password "
                        + GenerateDataUseCase.USER_PASSWORD + ")"));
        out.println(String.format(Locale.ROOT, "  customers:          %,d", report.customers()));
        out.println(String.format(Locale.ROOT, "  bills:              %,d", report.bills()));
        out.println(String.format(Locale.ROOT, "  time:               %.2f s (%,.0f rows/s)", seconds, rows / seconds));
    }

    /** A mistake in the arguments: the message says which. */
    private static final class UsageException extends IllegalArgumentException {

        UsageException(String message) {
            super(message);
        }
    }
}
