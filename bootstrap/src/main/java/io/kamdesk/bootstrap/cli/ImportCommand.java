package io.kamdesk.bootstrap.cli;

import io.kamdesk.adapter.in.rest.fileio.FileWording;
import io.kamdesk.application.activity.port.in.ActivityAction;
import io.kamdesk.application.activity.port.in.ActivityResource;
import io.kamdesk.application.activity.port.out.ActivityLogRepository;
import io.kamdesk.application.fileio.port.in.ImportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ImportCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.identity.port.in.role.RoleRef;
import io.kamdesk.application.identity.port.in.user.ListUsersQuery;
import io.kamdesk.application.identity.port.in.user.ListUsersUseCase;
import io.kamdesk.application.identity.port.in.user.UserSortField;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.identity.port.out.ViewerLookup;
import io.kamdesk.application.shared.ActingUser;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.io.input.BoundedInputStream;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import customers|bills FILE}: the same import as the API, for batch jobs. Runs as the named
 * user (default: the first active super_admin), shows progress on standard error and prints the
 * report on standard output.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports a CSV, XLSX or XLS file of customers or bills, as POST /api/<kind>/import/ does: "
                + "good rows are written, bad ones reported.", ""},
        footer = {"", "Progress (rows, percent, rate, time left) goes to standard error; the report alone to "
                + "standard output.", "Exit codes: 0 every row written; 1 some rows refused; 2 usage error "
                + "(nothing started); 3 the import failed as a whole (an unreadable file, the database)."})
final class ImportCommand implements Callable<Integer> {

    /** What the file holds. */
    enum Kind {
        customers, bills
    }

    @Parameters(index = "0", paramLabel = "KIND", description = "customers or bills")
    Kind kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "the .csv, .xlsx or .xls file")
    Path file;

    @Option(names = "--dry-run", description = "check every row and report, but write nothing")
    boolean dryRun;

    @Option(names = "--atomic", description = "write all rows or, if any row is refused, none")
    boolean atomic;

    @Option(names = "--as", paramLabel = "EMAIL",
            description = "the user the import runs as, within their scope (default: the first active super_admin)")
    String as;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    private final Launch launch;

    ImportCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        PrintStream err = launch.err();
        if (!Files.isRegularFile(file)) {
            err.println("import: no such file: " + file);
            return ExitCode.USAGE;
        }
        if (!Files.isReadable(file)) {
            err.println("import: cannot read " + file + " (permission denied)");
            return ExitCode.USAGE;
        }
        if (as != null && !isEmail(as)) {
            err.println("import: --as " + as + " is not an e-mail address");
            return ExitCode.USAGE;
        }
        try (ConfigurableApplicationContext context = launch.start()) {
            Optional<Viewer> viewer = viewer(context);
            if (viewer.isEmpty()) {
                err.println("import: no active user to run the import as" + (as == null
                        ? "; create the first super_admin by starting the service once" : " (" + as + ")"));
                return ExitCode.USAGE;
            }
            return run(context, viewer.get());
        }
    }

    private int run(ConfigurableApplicationContext context, Viewer viewer) {
        long size = sizeOf(file);
        try (InputStream raw = Files.newInputStream(file);
                BoundedInputStream content = BoundedInputStream.builder().setInputStream(raw).get()) {
            ProgressDisplay progress = new ProgressDisplay(launch.err(), launch.terminal(), size,
                    file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? content::getCount : null);
            ImportFileCommand request = new ImportFileCommand(viewer, file.getFileName().toString(), content, atomic,
                    dryRun, progress::rowsProcessed);
            long started = System.nanoTime();
            ImportReport report = context.getBean(ActingUser.class).actingAs(viewer.userId(), viewer.username(),
                    () -> {
                        ImportReport done = kind == Kind.customers
                                ? context.getBean(ImportCustomersUseCase.class).importCustomers(request)
                                : context.getBean(ImportBillsUseCase.class).importBills(request);
                        context.getBean(ActivityLogRepository.class).record(kind == Kind.customers
                                ? ActivityAction.IMPORT_CUSTOMERS : ActivityAction.IMPORT_BILLS,
                                ActivityResource.IMPORT_JOB, activityDetails(done));
                        return done;
                    });
            progress.done();
            print(report, Duration.ofNanos(System.nanoTime() - started));
            return report.success() ? ExitCode.OK : ExitCode.ROWS_REFUSED;
        } catch (IOException e) {
            launch.err().println("import: cannot read " + file + ": " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (DomainException refused) {
            launch.err().println("import: refused: " + FileWording.detail(refused));
            return ExitCode.FAILURE;
        }
    }

    private void print(ImportReport report, Duration took) {
        double seconds = Math.max(took.toNanos(), 1) / 1e9;
        if (json) {
            launch.out().println(JsonMapper.builder().build().writeValueAsString(jsonReport(report, seconds)));
            return;
        }
        PrintStream out = launch.out();
        out.println((dryRun ? "Dry run of the " : "Import of ") + kind + ": " + (report.success() ? "success"
                : "with errors") + (report.written() ? "" : " (nothing written)"));
        out.println("  processed:          " + report.processed());
        if (kind == Kind.customers) {
            out.println("  created:            " + report.customersCreated());
            out.println("  updated:            " + report.customersUpdated());
            out.println("  unchanged:          " + report.customersUnchanged());
        } else {
            out.println("  customers created:  " + report.customersCreated());
            out.println("  bills created:      " + report.billsCreated());
            out.println("  bills updated:      " + report.billsUpdated());
            out.println("  bills unchanged:    " + report.billsUnchanged());
        }
        out.println("  rows with errors:   " + report.rowsFailed());
        out.println(String.format(Locale.ROOT, "  time:               %.2f s (%,.0f rows/s)", seconds,
                report.processed() / seconds));
        report.errors().stream().map(FileWording::line).forEach(line -> out.println("    " + line));
    }

    /** As the entry of an import job has them, with no job to refer to. */
    private Map<String, Object> activityDetails(ImportReport report) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file_name", file.getFileName().toString());
        details.put("mode", atomic ? "atomic" : "default");
        details.put("dry_run", dryRun);
        details.put("status", "succeeded");
        details.put("in_background", false);
        details.put("command_line", true);
        details.put("processed", report.processed());
        details.put("customers_created", report.customersCreated());
        details.put("customers_updated", report.customersUpdated());
        details.put("bills_created", report.billsCreated());
        details.put("bills_updated", report.billsUpdated());
        details.put("failed", report.rowsFailed());
        return details;
    }

    private Map<String, Object> jsonReport(ImportReport report, double seconds) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind.name());
        json.put("success", report.success());
        json.put("dry_run", dryRun);
        json.put("written", report.written());
        json.put("processed", report.processed());
        if (kind == Kind.customers) {
            json.put("created", report.customersCreated());
            json.put("updated", report.customersUpdated());
            json.put("unchanged", report.customersUnchanged());
        } else {
            json.put("customers_created", report.customersCreated());
            json.put("bills_created", report.billsCreated());
            json.put("bills_updated", report.billsUpdated());
            json.put("bills_unchanged", report.billsUnchanged());
        }
        json.put("failed", report.rowsFailed());
        json.put("seconds", Math.round(seconds * 1000) / 1000.0);
        json.put("errors", report.errors().stream().map(ImportCommand::jsonProblem).toList());
        return json;
    }

    private static Map<String, Object> jsonProblem(RowProblem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("row", problem.row());
        json.put("column", problem.column());
        json.put("value", problem.value());
        json.put("message", FileWording.sentence(problem));
        return json;
    }

    private Optional<Viewer> viewer(ConfigurableApplicationContext context) {
        Optional<Long> id = as != null
                ? context.getBean(UserRepository.class).findByEmail(EmailAddress.of(as)).filter(User::isActive)
                        .map(User::id)
                : firstSuperAdmin(context.getBean(ListUsersUseCase.class));
        return id.flatMap(context.getBean(ViewerLookup.class)::findActiveViewer);
    }

    private static Optional<Long> firstSuperAdmin(ListUsersUseCase listUsers) {
        AtomicReference<Long> first = new AtomicReference<>();
        ListSpec<UserSortField> spec = new ListSpec<>(Optional.empty(),
                List.of(SortOrder.ascending(UserSortField.ID)), Optional.of(new PageRequest(1, 1)));
        listUsers.listUsers(new ListUsersQuery(Optional.of(RoleRef.byName("super_admin")), Optional.of(true), spec),
                new ResultSink<UserView>() {
                    @Override
                    public void total(long count) {
                        // only the first user matters
                    }

                    @Override
                    public void item(UserView user) {
                        first.compareAndSet(null, user.id());
                    }
                });
        return Optional.ofNullable(first.get());
    }

    private static boolean isEmail(String text) {
        try {
            EmailAddress.of(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
