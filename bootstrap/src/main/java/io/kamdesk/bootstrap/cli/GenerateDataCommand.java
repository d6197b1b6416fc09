package io.kamdesk.bootstrap.cli;

import io.kamdesk.adapter.in.rest.shared.Wording;
import io.kamdesk.application.demodata.port.in.GenerateDataReport;
import io.kamdesk.application.demodata.port.in.GenerateDataUseCase;
import io.kamdesk.application.demodata.port.in.GenerateDemoDataCommand;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.InvalidInputException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate-data}: fills the configured database with generated KAMs, customers and bills.
 * Without sizes it writes the newcomer's demo set.
 */
@Command(name = "generate-data", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fills the configured database with generated KAMs (role sales_person), customers and "
                + "their monthly bills. Without sizes: the newcomer's demo set (" + GenerateDemoDataCommand.DEMO_USERS
                + " users, " + GenerateDemoDataCommand.DEMO_CUSTOMERS + " customers, "
                + GenerateDemoDataCommand.DEMO_BILLS_PER_CUSTOMER + " bills each).", ""},
        footer = {"", "Generated users log in with the password " + GenerateDataUseCase.USER_PASSWORD + ".",
                "Exit codes: 0 written; 2 usage error (nothing started); 3 refused (data of this seed is already "
                        + "there) or failed."})
final class GenerateDataCommand implements Callable<Integer> {

    /** How the refusals of a request name its counts. */
    private static final Map<String, String> COUNTS = Map.of("customers", "customers", "billsPerCustomer",
            "bills per customer", "users", "users");

    @Option(names = "--demo", description = "the demo set, also the default; a fixed size")
    boolean demo;

    @Option(names = "--customers", paramLabel = "N", description = "customers to generate, 0 to "
            + GenerateDemoDataCommand.MAX_CUSTOMERS)
    Long customers;

    @Option(names = "--bills-per-customer", paramLabel = "N", description = "monthly bills of each customer, up to "
            + "this month, 0 to " + GenerateDemoDataCommand.MAX_BILLS_PER_CUSTOMER)
    Long billsPerCustomer;

    @Option(names = "--users", paramLabel = "N", description = "KAMs the customers are spread over, 0 to "
            + GenerateDemoDataCommand.MAX_USERS)
    Long users;

    @Option(names = "--seed", paramLabel = "N", description = "any whole number (default "
            + GenerateDemoDataCommand.DEFAULT_SEED + "); the same seed on the same day gives the same data")
    Long seed;

    private final Launch launch;
    private long expectedCustomers;
    private int lastTenth;

    GenerateDataCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        PrintStream err = launch.err();
        if (demo && (customers != null || billsPerCustomer != null || users != null)) {
            err.println("generate-data: --demo is a fixed size: leave it out to choose --customers, "
                    + "--bills-per-customer or --users.");
            return ExitCode.USAGE;
        }
        GenerateDemoDataCommand request;
        try {
            request = new GenerateDemoDataCommand(size(customers, GenerateDemoDataCommand.DEMO_CUSTOMERS),
                    size(billsPerCustomer, GenerateDemoDataCommand.DEMO_BILLS_PER_CUSTOMER),
                    size(users, GenerateDemoDataCommand.DEMO_USERS),
                    seed == null ? GenerateDemoDataCommand.DEFAULT_SEED : seed, this::progress);
        } catch (InvalidInputException e) {
            err.println("generate-data: " + outOfRange(e));
            return ExitCode.USAGE;
        }
        err.println(String.format(Locale.ROOT,
                "Generating %,d users and %,d customers with %,d bills each (%,d bills), seed %d", request.users(),
                request.customers(), request.billsPerCustomer(),
                (long) request.customers() * request.billsPerCustomer(), request.seed()));
        expectedCustomers = request.customers();
        try (ConfigurableApplicationContext context = launch.start()) {
            long started = System.nanoTime();
            GenerateDataReport report = context.getBean(GenerateDataUseCase.class).generateData(request);
            if (launch.terminal()) {
                err.print("\r");
            }
            print(report, Duration.ofNanos(System.nanoTime() - started));
            return ExitCode.OK;
        } catch (DomainException refused) {
            err.println((launch.terminal() ? "\r" : "") + "generate-data: nothing generated: "
                    + Wording.detail(refused));
            return ExitCode.FAILURE;
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

    /** An int when it fits; anything larger is refused by the request's own limits. */
    private static int size(Long value, int fallback) {
        long size = value == null ? fallback : value;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, size));
    }

    private void progress(long customersWritten, long bills) {
        PrintStream err = launch.err();
        String line = String.format(Locale.ROOT, "%,d customers and %,d bills written", customersWritten, bills);
        if (launch.terminal()) {
            err.print("\r" + line);
            return;
        }
        // about ten lines for a whole run, however large
        int tenth = (int) (customersWritten * 10 / Math.max(1, expectedCustomers));
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println(line);
        }
    }

    private void print(GenerateDataReport report, Duration took) {
        PrintStream out = launch.out();
        List<String> generated = report.userEmails();
        double seconds = Math.max(took.toNanos(), 1) / 1e9;
        long rows = generated.size() + report.customers() + report.bills();
        out.println("Generated:");
        out.println("  users:              " + generated.size() + (generated.isEmpty() ? ""
                : " (" + generated.getFirst() + (generated.size() > 1 ? " … " + generated.getLast() : "")
                        + ", password " + GenerateDataUseCase.USER_PASSWORD + ")"));
        out.println(String.format(Locale.ROOT, "  customers:          %,d", report.customers()));
        out.println(String.format(Locale.ROOT, "  bills:              %,d", report.bills()));
        out.println(String.format(Locale.ROOT, "  time:               %.2f s (%,.0f rows/s)", seconds, rows / seconds));
    }
}
