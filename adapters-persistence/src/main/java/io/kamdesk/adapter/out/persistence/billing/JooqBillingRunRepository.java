package io.kamdesk.adapter.out.persistence.billing;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILLING_RUN;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILLING_RUN_ERROR;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILLING_RUN_SKIP;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.BillingRunErrorRecord;
import io.kamdesk.adapter.out.persistence.jooq.tables.records.BillingRunSkipRecord;
import io.kamdesk.adapter.out.persistence.shared.ConstraintViolations;
import io.kamdesk.adapter.out.persistence.shared.ListQueries;
import io.kamdesk.application.billing.port.in.run.BillingRunSortField;
import io.kamdesk.application.billing.port.in.run.BillingRunStatus;
import io.kamdesk.application.billing.port.in.run.BillingRunView.Failed;
import io.kamdesk.application.billing.port.in.run.BillingRunView.FailureReason;
import io.kamdesk.application.billing.port.in.run.BillingRunView.Skipped;
import io.kamdesk.application.billing.port.in.run.BillingRunView;
import io.kamdesk.application.billing.port.out.BillingRunRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.billing.MonthlyCopy.SkipReason;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Billing runs in PostgreSQL, with their report's skipped links and failed customers in rows of their
 * own, appended by each checkpoint and read with the run in one statement.
 */
@Repository
public class JooqBillingRunRepository implements BillingRunRepository {

    private static final List<SortOrder<BillingRunSortField>> DEFAULT_ORDERING =
            List.of(SortOrder.descending(BillingRunSortField.ID));
    private static final Map<BillingRunSortField, Field<?>> SORTABLE = sortable();
    private static final Field<Result<BillingRunSkipRecord>> SKIPS = DSL.multiset(DSL.selectFrom(BILLING_RUN_SKIP)
            .where(BILLING_RUN_SKIP.RUN_ID.eq(BILLING_RUN.ID)).orderBy(BILLING_RUN_SKIP.POSITION)).as("skips");
    private static final Field<Result<BillingRunErrorRecord>> ERRORS = DSL.multiset(DSL.selectFrom(BILLING_RUN_ERROR)
            .where(BILLING_RUN_ERROR.RUN_ID.eq(BILLING_RUN.ID)).orderBy(BILLING_RUN_ERROR.POSITION)).as("errors");

    private final DSLContext dsl;
    private final ListQueries lists;

    public JooqBillingRunRepository(DSLContext dsl, ListQueries lists) {
        this.dsl = dsl;
        this.lists = lists;
    }

    @Override
    public long insert(NewRun run) {
        return ConstraintViolations.translated(() -> dsl.insertInto(BILLING_RUN)
                .set(BILLING_RUN.MONTH, run.month().firstDay())
                .set(BILLING_RUN.STATUS, code(run.status()))
                .set(BILLING_RUN.SCHEDULED, run.scheduled())
                .set(BILLING_RUN.IN_BACKGROUND, run.inBackground())
                .set(BILLING_RUN.CREATE_INVOICES, run.createInvoices())
                .set(BILLING_RUN.CUSTOMER_IDS, run.customers().map(ids -> ids.toArray(Long[]::new)).orElse(null))
                .set(BILLING_RUN.STARTED_BY, run.startedBy())
                .set(BILLING_RUN.STARTED_BY_NAME, run.startedByName())
                .set(BILLING_RUN.CREATED_AT, run.now())
                .returning(BILLING_RUN.ID).fetchOne(BILLING_RUN.ID),
                Map.of("billing_run_unfinished_month",
                        () -> new ConflictException(Refusal.BILLING_RUN_IN_PROGRESS, run.month())));
    }

    @Override
    public Optional<BillingRunView> find(Viewer viewer, long id) {
        return views().where(BILLING_RUN.ID.eq(id)).and(visibleTo(viewer))
                .fetchOptional(JooqBillingRunRepository::toView);
    }

    @Override
    public Optional<RunState> lock(long id) {
        return dsl.selectFrom(BILLING_RUN).where(BILLING_RUN.ID.eq(id)).forUpdate()
                .fetchOptional(row -> new RunState(row.getId(), month(row.getMonth()), status(row.getStatus()),
                        row.getScheduled(), row.getCreateInvoices(), customers(row.getCustomerIds()),
                        row.getStartedBy(), row.getLastCustomerId() == null ? 0 : row.getLastCustomerId()));
    }

    @Override
    public void list(Viewer viewer, ListSpec<BillingRunSortField> spec, ResultSink<BillingRunView> sink) {
        var select = views().where(visibleTo(viewer)).and(ListQueries.search(spec, BILLING_RUN.STARTED_BY_NAME));
        lists.stream(select, ListQueries.ordering(spec, SORTABLE, DEFAULT_ORDERING, BILLING_RUN.ID), spec,
                JooqBillingRunRepository::toView, sink);
    }

    @Override
    public void started(long id, int customersTotal, Instant now) {
        dsl.update(BILLING_RUN).set(BILLING_RUN.STATUS, code(BillingRunStatus.RUNNING))
                .set(BILLING_RUN.CUSTOMERS_TOTAL, customersTotal)
                .set(BILLING_RUN.STARTED_AT, DSL.coalesce(BILLING_RUN.STARTED_AT, DSL.val(now)))
                .where(BILLING_RUN.ID.eq(id)).execute();
    }

    @Override
    public void checkpoint(long id, Checkpoint checkpoint) {
        dsl.update(BILLING_RUN)
                .set(BILLING_RUN.CUSTOMERS_PROCESSED, BILLING_RUN.CUSTOMERS_PROCESSED.plus(checkpoint.processed()))
                .set(BILLING_RUN.BILLS_CREATED, BILLING_RUN.BILLS_CREATED.plus(checkpoint.billsCreated()))
                .set(BILLING_RUN.EXISTING, BILLING_RUN.EXISTING.plus(checkpoint.existing()))
                .set(BILLING_RUN.INVOICES_CREATED, BILLING_RUN.INVOICES_CREATED.plus(checkpoint.invoicesCreated()))
                .set(BILLING_RUN.LAST_CUSTOMER_ID, checkpoint.lastCustomerId())
                .where(BILLING_RUN.ID.eq(id)).execute();
        int skipFrom = dsl.fetchCount(BILLING_RUN_SKIP, BILLING_RUN_SKIP.RUN_ID.eq(id));
        for (Skipped skip : checkpoint.skipped()) {
            dsl.insertInto(BILLING_RUN_SKIP).set(BILLING_RUN_SKIP.RUN_ID, id).set(BILLING_RUN_SKIP.POSITION, ++skipFrom)
                    .set(BILLING_RUN_SKIP.CUSTOMER_ID, skip.customer())
                    .set(BILLING_RUN_SKIP.CUSTOMER_NAME, skip.customerName())
                    .set(BILLING_RUN_SKIP.NTTN_CAP, skip.nttnCap()).set(BILLING_RUN_SKIP.NTTN_COM, skip.nttnCom())
                    .set(BILLING_RUN_SKIP.REASON, skip.reason().name()).set(BILLING_RUN_SKIP.SINCE, skip.since())
                    .execute();
        }
        int errorFrom = dsl.fetchCount(BILLING_RUN_ERROR, BILLING_RUN_ERROR.RUN_ID.eq(id));
        for (Failed error : checkpoint.errors()) {
            dsl.insertInto(BILLING_RUN_ERROR).set(BILLING_RUN_ERROR.RUN_ID, id)
                    .set(BILLING_RUN_ERROR.POSITION, ++errorFrom).set(BILLING_RUN_ERROR.CUSTOMER_ID, error.customer())
                    .set(BILLING_RUN_ERROR.CUSTOMER_NAME, error.customerName())
                    .set(BILLING_RUN_ERROR.REASON, error.reason().name()).execute();
        }
    }

    @Override
    public boolean cancelRequested(long id) {
        return dsl.select(BILLING_RUN.CANCEL_REQUESTED).from(BILLING_RUN).where(BILLING_RUN.ID.eq(id))
                .fetchOptional(BILLING_RUN.CANCEL_REQUESTED).orElse(true);
    }

    @Override
    public void requestCancel(long id) {
        dsl.update(BILLING_RUN).set(BILLING_RUN.CANCEL_REQUESTED, true).where(BILLING_RUN.ID.eq(id)).execute();
    }

    @Override
    public void finish(long id, BillingRunStatus status, String failure, Instant now) {
        dsl.update(BILLING_RUN).set(BILLING_RUN.STATUS, code(status)).set(BILLING_RUN.FAILURE, failure)
                .set(BILLING_RUN.FINISHED_AT, now).where(BILLING_RUN.ID.eq(id)).and(BILLING_RUN.FINISHED_AT.isNull())
                .execute();
    }

    @Override
    public boolean scheduledRunExists(BillingMonth month) {
        return dsl.fetchExists(BILLING_RUN, BILLING_RUN.MONTH.eq(month.firstDay()).and(BILLING_RUN.SCHEDULED));
    }

    /** Every run for a viewer of scope all; their own runs for the others. */
    private static Condition visibleTo(Viewer viewer) {
        return viewer.scope() == DataScope.ALL ? DSL.noCondition() : BILLING_RUN.STARTED_BY.eq(viewer.userId());
    }

    private SelectJoinStep<Record> views() {
        List<SelectField<?>> fields = new ArrayList<>(Arrays.asList(BILLING_RUN.fields()));
        fields.add(SKIPS);
        fields.add(ERRORS);
        return dsl.select(fields).from(BILLING_RUN);
    }

    private static BillingRunView toView(Record record) {
        var row = record.into(BILLING_RUN);
        List<Skipped> skipped = record.get(SKIPS).map(skip -> new Skipped(skip.getCustomerId(), skip.getCustomerName(),
                skip.getNttnCap(), skip.getNttnCom(), SkipReason.valueOf(skip.getReason()), skip.getSince()));
        List<Failed> errors = record.get(ERRORS).map(error -> new Failed(error.getCustomerId(),
                error.getCustomerName(), FailureReason.valueOf(error.getReason())));
        return new BillingRunView(row.getId(), month(row.getMonth()), status(row.getStatus()), false,
                row.getScheduled(), row.getInBackground(), row.getCreateInvoices(),
                customers(row.getCustomerIds()).orElse(null), row.getStartedBy(), row.getStartedByName(),
                row.getCustomersTotal(), row.getCustomersProcessed(), row.getBillsCreated(), row.getExisting(),
                row.getInvoicesCreated(), skipped, errors, row.getCancelRequested(), row.getFailure(),
                row.getCreatedAt(), row.getStartedAt(), row.getFinishedAt());
    }

    private static BillingMonth month(LocalDate first) {
        return new BillingMonth(YearMonth.from(first));
    }

    private static BillingRunStatus status(String code) {
        return BillingRunStatus.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static String code(BillingRunStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static Optional<List<Long>> customers(Long[] ids) {
        return Optional.ofNullable(ids).map(Arrays::asList);
    }

    private static Map<BillingRunSortField, Field<?>> sortable() {
        Map<BillingRunSortField, Field<?>> columns = new EnumMap<>(BillingRunSortField.class);
        columns.put(BillingRunSortField.ID, BILLING_RUN.ID);
        columns.put(BillingRunSortField.MONTH, BILLING_RUN.MONTH);
        columns.put(BillingRunSortField.CREATED_AT, BILLING_RUN.CREATED_AT);
        return Map.copyOf(columns);
    }
}
