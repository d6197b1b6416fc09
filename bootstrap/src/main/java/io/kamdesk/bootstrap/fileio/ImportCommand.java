package io.kamdesk.bootstrap.fileio;

import io.kamdesk.adapter.in.rest.fileio.FileWording;
import io.kamdesk.application.fileio.port.in.ImportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ImportCustomersUseCase;
import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.identity.port.in.role.RoleRef;
import io.kamdesk.application.identity.port.in.user.ListUsersQuery;
import io.kamdesk.application.identity.port.in.user.ListUsersUseCase;
import io.kamdesk.application.identity.port.in.user.UserSortField;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.identity.port.out.ViewerLookup;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.EmailAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code java -jar kamdesk.jar import customers|bills FILE [--dry-run] [--atomic] [--as EMAIL]}: the
 * same import as the API, for batch jobs. Runs as the named user (default: the first active
 * super_admin), shows progress, prints the report, and answers exit code 0 only without errors.
 */
final class ImportCommand {

    static final String USAGE = "usage: import customers|bills FILE [--dry-run] [--atomic] [--as EMAIL]";

    private final ImportCustomersUseCase customers;
    private final ImportBillsUseCase bills;
    private final ViewerLookup viewers;
    private final UserRepository users;
    private final ListUsersUseCase listUsers;
    private final PrintStream out;
    private final boolean terminal;

    ImportCommand(ImportCustomersUseCase customers, ImportBillsUseCase bills, ViewerLookup viewers,
            UserRepository users, ListUsersUseCase listUsers, PrintStream out, boolean terminal) {
        this.customers = customers;
        this.bills = bills;
        this.viewers = viewers;
        this.users = users;
        this.listUsers = listUsers;
        this.out = out;
        this.terminal = terminal;
    }

    /** The usage text when the arguments cannot be an import; checked before the application starts. */
    static Optional<String> usageError(List<String> args) {
        return args.size() < 3 || !List.of("customers", "bills").contains(args.get(1)) ? Optional.of(USAGE)
                : Optional.empty();
    }

    /** Runs the command and answers the process's exit code. */
    int run(List<String> args) {
        Optional<String> usageError = usageError(args);
        if (usageError.isPresent()) {
            out.println(usageError.get());
            return 2;
        }
        String what = args.get(1);
        Path file = Path.of(args.get(2));
        boolean dryRun = args.contains("--dry-run");
        boolean atomic = args.contains("--atomic");
        Optional<Viewer> viewer = viewer(option(args, "--as"));
        if (viewer.isEmpty()) {
            out.println("No active user to run the import as" + option(args, "--as").map(email -> " (" + email + ")")
                    .orElse("; create the first super_admin by starting the service once") + ".");
            return 2;
        }
        try (InputStream content = Files.newInputStream(file)) {
            ImportFileCommand request = new ImportFileCommand(viewer.get(), file.getFileName().toString(), content, atomic,
                    dryRun, this::progress);
            long started = System.nanoTime();
            ImportReport report = what.equals("customers")
                    ? customers.importCustomers(request)
                    : bills.importBills(request);
            print(what, report, dryRun, Duration.ofNanos(System.nanoTime() - started));
            return report.success() ? 0 : 1;
        } catch (IOException e) {
            out.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (DomainException e) {
            out.println("Import refused: " + FileWording.detail(e));
            return 1;
        }
    }

    private void progress(long rows) {
        if (terminal && rows % 100 == 0) {
            out.print("\r" + rows + " rows processed");
        } else if (!terminal && rows % 10_000 == 0) {
            out.println(rows + " rows processed");
        }
    }

    private void print(String what, ImportReport report, boolean dryRun, Duration took) {
        if (terminal) {
            out.print("\r");
        }
        out.println((dryRun ? "Dry run of the " : "Import of ") + what + ": " + (report.success() ? "success" : "with errors")
                + (report.written() ? "" : " (nothing written)"));
        out.println("  processed:          " + report.processed());
        if (what.equals("customers")) {
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
        double seconds = Math.max(took.toNanos(), 1) / 1e9;
        out.println(String.format(Locale.ROOT, "  time:               %.2f s (%,.0f rows/s)", seconds,
                report.processed() / seconds));
        report.errors().stream().map(FileWording::line).forEach(line -> out.println("    " + line));
    }

    private Optional<Viewer> viewer(Optional<String> email) {
        Optional<Long> id = email.isPresent()
                ? users.findByEmail(EmailAddress.of(email.get())).filter(User::isActive).map(User::id)
                : firstSuperAdmin();
        return id.flatMap(viewers::findActiveViewer);
    }

    private Optional<Long> firstSuperAdmin() {
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

    private static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }
}
