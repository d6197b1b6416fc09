package io.kamdesk.adapter.out.persistence.fileio;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.IMPORT_JOB;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.IMPORT_JOB_FILE;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.IMPORT_JOB_PROBLEM;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.ImportJobProblemRecord;
import io.kamdesk.adapter.out.persistence.jooq.tables.records.ImportJobRecord;
import io.kamdesk.adapter.out.persistence.shared.ListQueries;
import io.kamdesk.adapter.out.persistence.shared.ReadOnlyTransactions;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.port.in.job.ImportJobSortField;
import io.kamdesk.application.fileio.port.in.job.ImportJobView;
import io.kamdesk.application.fileio.port.in.job.ListImportJobsQuery;
import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.ImportJobRepository;
import io.kamdesk.application.fileio.port.out.RecordedRefusal;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.fileio.ImportCounts;
import io.kamdesk.domain.fileio.ImportJob;
import io.kamdesk.domain.fileio.ImportJobStatus;
import io.kamdesk.domain.fileio.SheetKind;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Import jobs in PostgreSQL: the job row, its upload (bytea) and the problems of its failed rows. */
@Repository
public class JooqImportJobRepository implements ImportJobRepository {

    private static final String FILE = "file:";
    private static final String REFUSAL = "refusal:";
    private static final Map<ImportJobSortField, Field<?>> SORTABLE = Map.of(
            ImportJobSortField.ID, IMPORT_JOB.ID,
            ImportJobSortField.CREATED_AT, IMPORT_JOB.CREATED_AT,
            ImportJobSortField.FINISHED_AT, IMPORT_JOB.FINISHED_AT,
            ImportJobSortField.STATUS, IMPORT_JOB.STATUS);

    private final DSLContext dsl;
    private final ListQueries lists;
    private final ReadOnlyTransactions readOnly;

    public JooqImportJobRepository(DSLContext dsl, ListQueries lists, ReadOnlyTransactions readOnly) {
        this.dsl = dsl;
        this.lists = lists;
        this.readOnly = readOnly;
    }

    @Override
    public ImportJob insert(SheetKind kind, ImportJob.Upload upload, long startedBy, String startedByName,
            byte[] content, Instant now) {
        long id = dsl.insertInto(IMPORT_JOB)
                .set(IMPORT_JOB.KIND, code(kind))
                .set(IMPORT_JOB.STATUS, code(ImportJobStatus.QUEUED))
                .set(IMPORT_JOB.STARTED_BY, startedBy)
                .set(IMPORT_JOB.STARTED_BY_NAME, startedByName)
                .set(IMPORT_JOB.IN_BACKGROUND, upload.inBackground())
                .set(IMPORT_JOB.FILE_NAME, upload.fileName())
                .set(IMPORT_JOB.FILE_SIZE, upload.fileSize())
                .set(IMPORT_JOB.ATOMIC, upload.atomic())
                .set(IMPORT_JOB.DRY_RUN, upload.dryRun())
                .set(IMPORT_JOB.CREATED_AT, now)
                .returning(IMPORT_JOB.ID)
                .fetchSingle(IMPORT_JOB.ID);
        dsl.insertInto(IMPORT_JOB_FILE).set(IMPORT_JOB_FILE.JOB_ID, id).set(IMPORT_JOB_FILE.CONTENT, content)
                .execute();
        return ImportJob.queued(id, kind, upload, startedBy, startedByName, now);
    }

    @Override
    public Optional<ImportJob> lock(long jobId) {
        return dsl.selectFrom(IMPORT_JOB).where(IMPORT_JOB.ID.eq(jobId)).forUpdate().fetchOptional()
                .map(JooqImportJobRepository::toJob);
    }

    @Override
    public boolean update(ImportJob job, DomainException failure) {
        ImportJob.Snapshot s = job.snapshot();
        ImportCounts counts = s.counts();
        return dsl.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, code(s.status()))
                .set(IMPORT_JOB.ROWS_TOTAL, s.rowsTotal())
                .set(IMPORT_JOB.ROWS_READ, counts.rowsRead())
                .set(IMPORT_JOB.PROCESSED, counts.processed())
                .set(IMPORT_JOB.CUSTOMERS_CREATED, counts.customersCreated())
                .set(IMPORT_JOB.CUSTOMERS_UPDATED, counts.customersUpdated())
                .set(IMPORT_JOB.BILLS_CREATED, counts.billsCreated())
                .set(IMPORT_JOB.BILLS_UPDATED, counts.billsUpdated())
                .set(IMPORT_JOB.ROWS_FAILED, counts.rowsFailed())
                .set(IMPORT_JOB.WRITTEN, s.written())
                // a cancel asked meanwhile by another transaction is never taken back by a stale copy
                .set(IMPORT_JOB.CANCEL_REQUESTED, s.cancelRequested() ? DSL.inline(true) : IMPORT_JOB.CANCEL_REQUESTED)
                .set(IMPORT_JOB.FAILURE_REASON, failure == null ? null : failureReason(failure))
                .set(IMPORT_JOB.FAILURE_ARGUMENTS, failure == null ? new String[0] : failureArguments(failure))
                .set(IMPORT_JOB.ATTEMPTS, s.attempts())
                .set(IMPORT_JOB.STARTED_AT, s.startedAt())
                .set(IMPORT_JOB.PROGRESSED_AT, s.progressedAt())
                .set(IMPORT_JOB.FINISHED_AT, s.finishedAt())
                .where(IMPORT_JOB.ID.eq(s.id()))
                .and(IMPORT_JOB.ATTEMPTS.le(s.attempts()))
                .execute() == 1;
    }

    @Override
    public Optional<ImportJobView> find(long jobId, JobVisibility visibility) {
        return dsl.selectFrom(IMPORT_JOB).where(IMPORT_JOB.ID.eq(jobId)).and(visible(visibility)).fetchOptional()
                .map(JooqImportJobRepository::toView);
    }

    @Override
    public void list(ListImportJobsQuery query, JobVisibility visibility, ResultSink<ImportJobView> sink) {
        var select = dsl.selectFrom(IMPORT_JOB)
                .where(visible(visibility))
                .and(query.status().map(status -> IMPORT_JOB.STATUS.eq(code(status))).orElse(DSL.noCondition()))
                .and(query.kind().map(kind -> IMPORT_JOB.KIND.eq(code(kind))).orElse(DSL.noCondition()))
                .and(ListQueries.search(query.spec(), IMPORT_JOB.FILE_NAME, IMPORT_JOB.STARTED_BY_NAME));
        var ordering = ListQueries.ordering(query.spec(), SORTABLE,
                List.of(SortOrder.descending(ImportJobSortField.ID)), IMPORT_JOB.ID);
        lists.stream(select, ordering, query.spec(), JooqImportJobRepository::toView, sink);
    }

    private static Condition visible(JobVisibility visibility) {
        return IMPORT_JOB.STARTED_BY.eq(visibility.userId())
                .or(IMPORT_JOB.KIND.in(visibility.allOfKinds().stream().map(JooqImportJobRepository::code).toList()));
    }

    @Override
    public byte[] content(long jobId) {
        return dsl.select(IMPORT_JOB_FILE.CONTENT).from(IMPORT_JOB_FILE).where(IMPORT_JOB_FILE.JOB_ID.eq(jobId))
                .fetchOptional(IMPORT_JOB_FILE.CONTENT).orElse(new byte[0]);
    }

    @Override
    public Optional<Owner> owner(long jobId) {
        return dsl.select(IMPORT_JOB.STARTED_BY, IMPORT_JOB.STARTED_BY_NAME).from(IMPORT_JOB)
                .where(IMPORT_JOB.ID.eq(jobId)).fetchOptional(row -> new Owner(row.value1(), row.value2()));
    }

    @Override
    public boolean cancelRequested(long jobId) {
        return dsl.select(IMPORT_JOB.CANCEL_REQUESTED).from(IMPORT_JOB).where(IMPORT_JOB.ID.eq(jobId))
                .fetchOptional(IMPORT_JOB.CANCEL_REQUESTED).orElse(true);
    }

    @Override
    public void addProblems(long jobId, List<RowProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<ImportJobProblemRecord> rows = new ArrayList<>();
        int ordinal = 0;
        int row = Integer.MIN_VALUE;
        for (RowProblem problem : problems) {
            for (RowProblem stored : storable(problem)) {
                ordinal = stored.row() == row ? ordinal + 1 : 0;
                row = stored.row();
                rows.add(record(jobId, stored, ordinal));
            }
        }
        dsl.batchInsert(rows).execute();
    }

    /** An invalid value refused as a whole row is kept as its violations, which word it the same way. */
    private static List<RowProblem> storable(RowProblem problem) {
        if (problem.refusal() instanceof InvalidValueException invalid) {
            return invalid.violations().stream()
                    .map(violation -> RowProblem.of(problem.row(), problem.column(), problem.value(), "", violation))
                    .toList();
        }
        return List.of(problem);
    }

    private ImportJobProblemRecord record(long jobId, RowProblem problem, int ordinal) {
        ImportJobProblemRecord record = dsl.newRecord(IMPORT_JOB_PROBLEM);
        record.setJobId(jobId);
        record.setRowNumber(problem.row());
        record.setOrdinal(ordinal);
        record.setColumnTitle(problem.column());
        record.setCellValue(problem.value());
        record.setField(problem.field());
        boolean refusal = problem.refusal() != null;
        record.setIsRefusal(refusal);
        record.setReason(refusal ? problem.refusal().refusal().name() : problem.violation().reason().name());
        record.setArguments(StoredArguments.encode(refusal ? problem.refusal().arguments()
                : problem.violation().arguments()));
        return record;
    }

    @Override
    public void deleteProblems(long jobId) {
        dsl.deleteFrom(IMPORT_JOB_PROBLEM).where(IMPORT_JOB_PROBLEM.JOB_ID.eq(jobId)).execute();
    }

    @Override
    public void problems(long jobId, Consumer<List<RowProblem>> byRow) {
        readOnly.run(() -> {
            List<RowProblem> row = new ArrayList<>();
            try (Cursor<ImportJobProblemRecord> cursor = dsl.selectFrom(IMPORT_JOB_PROBLEM)
                    .where(IMPORT_JOB_PROBLEM.JOB_ID.eq(jobId))
                    .orderBy(IMPORT_JOB_PROBLEM.ROW_NUMBER, IMPORT_JOB_PROBLEM.ORDINAL)
                    .fetchSize(1000).fetchLazy()) {
                for (ImportJobProblemRecord record : cursor) {
                    if (!row.isEmpty() && row.getFirst().row() != record.getRowNumber()) {
                        byRow.accept(List.copyOf(row));
                        row.clear();
                    }
                    row.add(toProblem(record));
                }
            }
            if (!row.isEmpty()) {
                byRow.accept(List.copyOf(row));
            }
        });
    }

    private static RowProblem toProblem(ImportJobProblemRecord record) {
        List<Object> arguments = StoredArguments.decode(record.getArguments());
        if (record.getIsRefusal()) {
            return RowProblem.refused(record.getRowNumber(),
                    new RecordedRefusal(Refusal.valueOf(record.getReason()), arguments));
        }
        return RowProblem.of(record.getRowNumber(), record.getColumnTitle(), record.getCellValue(), record.getField(),
                new Violation(Reason.valueOf(record.getReason()), arguments));
    }

    @Override
    public int failAbandoned(Instant before, Instant now, DomainException why) {
        return dsl.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, code(ImportJobStatus.FAILED))
                .set(IMPORT_JOB.FINISHED_AT, now)
                .set(IMPORT_JOB.FAILURE_REASON, failureReason(why))
                .set(IMPORT_JOB.FAILURE_ARGUMENTS, failureArguments(why))
                .where(IMPORT_JOB.IN_BACKGROUND.isFalse())
                .and(IMPORT_JOB.STATUS.eq(code(ImportJobStatus.RUNNING)))
                .and(DSL.coalesce(IMPORT_JOB.PROGRESSED_AT, IMPORT_JOB.STARTED_AT).lt(before))
                .execute();
    }

    @Override
    public int deleteFinishedBefore(Instant before) {
        return dsl.deleteFrom(IMPORT_JOB).where(IMPORT_JOB.FINISHED_AT.lt(before)).execute();
    }

    @Override
    public Map<ImportJobStatus, Long> countByStatus() {
        Map<ImportJobStatus, Long> counts = new EnumMap<>(ImportJobStatus.class);
        for (ImportJobStatus status : ImportJobStatus.values()) {
            counts.put(status, 0L);
        }
        dsl.select(IMPORT_JOB.STATUS, DSL.count()).from(IMPORT_JOB).groupBy(IMPORT_JOB.STATUS)
                .forEach(row -> counts.put(status(row.value1()), row.value2().longValue()));
        return counts;
    }

    private static String failureReason(DomainException failure) {
        return failure instanceof UnreadableFileException unreadable ? FILE + unreadable.problem().name()
                : REFUSAL + failure.refusal().name();
    }

    private static String[] failureArguments(DomainException failure) {
        return StoredArguments.encode(failure instanceof UnreadableFileException unreadable ? unreadable.details()
                : failure.arguments());
    }

    private static DomainException failure(ImportJobRecord row) {
        String reason = row.getFailureReason();
        if (reason == null) {
            return null;
        }
        List<Object> arguments = StoredArguments.decode(row.getFailureArguments());
        return reason.startsWith(FILE)
                ? new UnreadableFileException(FileProblem.valueOf(reason.substring(FILE.length())), arguments.toArray())
                : new RecordedRefusal(Refusal.valueOf(reason.substring(REFUSAL.length())), arguments);
    }

    private static ImportJobView toView(ImportJobRecord row) {
        return ImportJobView.of(toJob(row), failure(row));
    }

    private static ImportJob toJob(ImportJobRecord row) {
        return ImportJob.restore(new ImportJob.Snapshot(row.getId(), kind(row.getKind()),
                new ImportJob.Upload(row.getFileName(), row.getFileSize(), row.getAtomic(), row.getDryRun(),
                        row.getInBackground()),
                row.getStartedBy(), row.getStartedByName(), status(row.getStatus()), row.getRowsTotal(),
                new ImportCounts(row.getRowsRead(), row.getProcessed(), row.getCustomersCreated(),
                        row.getCustomersUpdated(), row.getBillsCreated(), row.getBillsUpdated(), row.getRowsFailed()),
                row.getWritten(), row.getCancelRequested(), row.getAttempts(), row.getCreatedAt(), row.getStartedAt(),
                row.getProgressedAt(), row.getFinishedAt()));
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static SheetKind kind(String code) {
        return SheetKind.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static ImportJobStatus status(String code) {
        return ImportJobStatus.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
