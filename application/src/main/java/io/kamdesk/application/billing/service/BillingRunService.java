package io.kamdesk.application.billing.service;

import io.kamdesk.application.billing.port.in.run.BillingRunCommand;
import io.kamdesk.application.billing.port.in.run.BillingRunSortField;
import io.kamdesk.application.billing.port.in.run.BillingRunStatus;
import io.kamdesk.application.billing.port.in.run.BillingRunView;
import io.kamdesk.application.billing.port.in.run.CancelBillingRunUseCase;
import io.kamdesk.application.billing.port.in.run.ListBillingRunsUseCase;
import io.kamdesk.application.billing.port.in.run.RunBillingRunUseCase;
import io.kamdesk.application.billing.port.in.run.StartBillingRunUseCase;
import io.kamdesk.application.billing.port.out.BillingRunQueue;
import io.kamdesk.application.billing.port.out.BillingRunRepository.NewRun;
import io.kamdesk.application.billing.port.out.BillingRunRepository.RunState;
import io.kamdesk.application.billing.port.out.BillingRunRepository;
import io.kamdesk.application.billing.port.out.BillingRunSource.RunCustomer;
import io.kamdesk.application.billing.port.out.BillingRunSource;
import io.kamdesk.application.identity.port.in.user.FindViewerUseCase;
import io.kamdesk.application.shared.ActingUser;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The monthly billing run: started inline (the answer is the finished report), in the background (a
 * queued job), or by the schedule; run in batches of customers, each batch with its bills, its
 * invoices and the run's checkpoint in one transaction, so that a run taken over after a crash goes
 * on after its last batch and a cancelled one keeps what it wrote. A dry run plans and writes nothing.
 */
public final class BillingRunService implements StartBillingRunUseCase, ListBillingRunsUseCase,
        CancelBillingRunUseCase, RunBillingRunUseCase {

    static final PermissionCode RUN_PERMISSION = PermissionCode.of("bills:run");
    static final String RUN_AS_INACTIVE = "run_as_inactive";
    static final String PERMISSION_REQUIRED = "permission_required";

    private final BillingRunRepository runs;
    private final BillingRunSource source;
    private final BillingRunBatch batch;
    private final BillingRunQueue queue;
    private final FindViewerUseCase viewers;
    private final ActingUser actingUser;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final BillingRunSettings settings;

    public BillingRunService(BillingRunRepository runs, BillingRunSource source, BillingRunBatch batch,
            BillingRunQueue queue, FindViewerUseCase viewers, ActingUser actingUser, Transactions transactions,
            BusinessCalendar calendar, BillingRunSettings settings) {
        this.runs = runs;
        this.source = source;
        this.batch = batch;
        this.queue = queue;
        this.viewers = viewers;
        this.actingUser = actingUser;
        this.transactions = transactions;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public BillingRunView startBillingRun(BillingRunCommand command) {
        requireMonth(command.month());
        requireVisible(command.viewer(), command.customers());
        if (command.dryRun()) {
            return batch.dryRun(command);
        }
        Viewer viewer = command.viewer();
        BillingRunStatus status = command.inBackground() ? BillingRunStatus.QUEUED : BillingRunStatus.RUNNING;
        long id = transactions.inTransaction(() -> {
            long created = runs.insert(new NewRun(command.month(), status, false, command.inBackground(),
                    command.createInvoices(), command.customers(), viewer.userId(), viewer.username(), calendar.now()));
            if (command.inBackground()) {
                queue.enqueueBillingRun(created);
            }
            return created;
        });
        if (!command.inBackground()) {
            execute(id, viewer);
        }
        return getBillingRun(viewer, id);
    }

    @Override
    public void listBillingRuns(Viewer viewer, ListSpec<BillingRunSortField> spec, ResultSink<BillingRunView> sink) {
        runs.list(viewer, spec, sink);
    }

    @Override
    public BillingRunView getBillingRun(Viewer viewer, long runId) {
        return runs.find(viewer, runId).orElseThrow(() -> new NotFoundException(Subject.BILLING_RUN));
    }

    @Override
    public BillingRunView cancelBillingRun(Viewer viewer, long runId) {
        transactions.inTransaction(() -> {
            BillingRunView run = getBillingRun(viewer, runId);
            RunState state = runs.lock(runId).orElseThrow(() -> new NotFoundException(Subject.BILLING_RUN));
            switch (state.status()) {
                case QUEUED -> runs.finish(runId, BillingRunStatus.CANCELLED, null, calendar.now());
                case RUNNING -> runs.requestCancel(runId);
                default -> throw new ConflictException(Refusal.BILLING_RUN_FINISHED, run.status());
            }
            return null;
        });
        return getBillingRun(viewer, runId);
    }

    @Override
    public void runBillingRun(long runId) {
        Optional<RunState> state = transactions.inTransaction(() -> runs.lock(runId));
        if (state.isEmpty() || isFinished(state.get().status())) {
            return;
        }
        Optional<Viewer> starter = Optional.ofNullable(state.get().startedBy()).flatMap(viewers::findActiveViewer);
        if (starter.isEmpty() || !starter.get().can(RUN_PERMISSION)) {
            String failure = starter.isEmpty() ? RUN_AS_INACTIVE : PERMISSION_REQUIRED;
            transactions.inTransaction(() -> {
                runs.finish(runId, BillingRunStatus.FAILED, failure, calendar.now());
                return null;
            });
            return;
        }
        Viewer viewer = starter.get();
        actingUser.actingAs(viewer.userId(), viewer.username(), () -> {
            execute(runId, viewer);
            return null;
        });
    }

    @Override
    public Optional<Long> runScheduledBilling(LocalDate today) {
        BillingMonth month = new BillingMonth(YearMonth.from(today));
        if (settings.scheduleDay() == 0 || !today.equals(month.billingDate(settings.scheduleDay()))
                || runs.scheduledRunExists(month)) {
            return Optional.empty();
        }
        Optional<Viewer> runAs = viewers.findActiveViewer(settings.scheduleRunAs());
        long id;
        try {
            id = transactions.inTransaction(() -> runs.insert(new NewRun(month, BillingRunStatus.QUEUED, true, true,
                    true, Optional.empty(), runAs.map(Viewer::userId).orElse(null),
                    runAs.map(Viewer::username).orElse("schedule"), calendar.now())));
        } catch (ConflictException running) {
            // a run of the month is going on (started by hand, or the schedule on another instance)
            return Optional.empty();
        }
        runBillingRun(id);
        return Optional.of(id);
    }

    /** Runs the stored run to its end, batch by batch, as {@code viewer}. */
    private void execute(long runId, Viewer viewer) {
        RunState state = transactions.inTransaction(() -> {
            RunState locked = runs.lock(runId).orElseThrow();
            runs.started(runId, source.countCustomers(viewer, locked.customers()), calendar.now());
            return locked;
        });
        try {
            long after = state.afterCustomerId();
            while (true) {
                long from = after;
                Optional<Long> next = transactions.inTransaction(() -> {
                    if (runs.cancelRequested(runId)) {
                        return Optional.<Long>empty();
                    }
                    List<RunCustomer> customers = source.customers(viewer, state.customers(), from,
                            BillingRunBatch.SIZE);
                    if (customers.isEmpty()) {
                        return Optional.<Long>empty();
                    }
                    runs.checkpoint(runId, batch.bill(viewer, state.month(), customers, state.createInvoices()));
                    return Optional.of(customers.getLast().id());
                });
                if (next.isEmpty()) {
                    break;
                }
                after = next.get();
            }
            transactions.inTransaction(() -> {
                runs.finish(runId, runs.cancelRequested(runId) ? BillingRunStatus.CANCELLED
                        : BillingRunStatus.SUCCEEDED, null, calendar.now());
                return null;
            });
        } catch (RuntimeException failure) {
            transactions.inTransaction(() -> {
                runs.finish(runId, BillingRunStatus.FAILED, "internal", calendar.now());
                return null;
            });
            throw failure;
        }
    }

    private static boolean isFinished(BillingRunStatus status) {
        return status != BillingRunStatus.QUEUED && status != BillingRunStatus.RUNNING;
    }

    private static void requireMonth(BillingMonth month) {
        if (month == null) {
            FieldErrors errors = new FieldErrors();
            errors.add("month", Reason.REQUIRED);
            errors.throwIfAny();
        }
    }

    /** Every customer asked for must be one the starter may see: a run never reports on others. */
    private void requireVisible(Viewer viewer, Optional<List<Long>> customers) {
        if (customers.isEmpty()) {
            return;
        }
        Set<Long> visible = new HashSet<>();
        source.customers(viewer, customers, 0, customers.get().size() + 1)
                .forEach(customer -> visible.add(customer.id()));
        FieldErrors errors = new FieldErrors();
        customers.get().stream().filter(id -> !visible.contains(id)).findFirst()
                .ifPresent(unknown -> errors.add("customers", Reason.UNKNOWN_REFERENCE, unknown));
        errors.throwIfAny();
    }
}
