package io.kamdesk.application.billing.port.out;

import io.kamdesk.application.billing.port.in.run.BillingRunSortField;
import io.kamdesk.application.billing.port.in.run.BillingRunStatus;
import io.kamdesk.application.billing.port.in.run.BillingRunView;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.identity.Viewer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored billing runs, their progress and reports. A viewer of scope all sees every run, others their
 * own. At most one run of a month is unfinished: a second start is refused as
 * {@code BILLING_RUN_IN_PROGRESS}, on any instance.
 */
public interface BillingRunRepository {

    long insert(NewRun run);

    Optional<BillingRunView> find(Viewer viewer, long id);

    /** The run whatever its starter (for the job that runs it), locked until the transaction ends. */
    Optional<RunState> lock(long id);

    void list(Viewer viewer, ListSpec<BillingRunSortField> spec, ResultSink<BillingRunView> sink);

    void started(long id, int customersTotal, Instant now);

    /** A batch's counts and report, added to the run's in the batch's own transaction. */
    void checkpoint(long id, Checkpoint checkpoint);

    boolean cancelRequested(long id);

    void requestCancel(long id);

    void finish(long id, BillingRunStatus status, String failure, Instant now);

    boolean scheduledRunExists(BillingMonth month);

    record NewRun(BillingMonth month, BillingRunStatus status, boolean scheduled, boolean inBackground,
            boolean createInvoices, Optional<List<Long>> customers, Long startedBy, String startedByName,
            Instant now) {
    }

    /** What a job needs to run (again): the month, the customers, the starter and the checkpoint. */
    record RunState(long id, BillingMonth month, BillingRunStatus status, boolean scheduled, boolean createInvoices,
            Optional<List<Long>> customers, Long startedBy, long afterCustomerId) {
    }

    record Checkpoint(int processed, int billsCreated, int existing, int invoicesCreated, long lastCustomerId,
            List<BillingRunView.Skipped> skipped, List<BillingRunView.Failed> errors) {
    }
}
