package io.kamdesk.application.activity.service;

import static io.kamdesk.application.shared.sheet.TabularWriter.Column.integer;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.text;

import io.kamdesk.application.activity.port.in.ActivityAction;
import io.kamdesk.application.activity.port.in.ActivityEntryQuery;
import io.kamdesk.application.activity.port.in.ActivityEntryView;
import io.kamdesk.application.activity.port.in.ActivityResource;
import io.kamdesk.application.activity.port.in.ActivityStats;
import io.kamdesk.application.activity.port.in.ActivityStatsQuery;
import io.kamdesk.application.activity.port.in.ActivityStatsUseCase;
import io.kamdesk.application.activity.port.in.CleanActivityLogCommand;
import io.kamdesk.application.activity.port.in.CleanActivityLogUseCase;
import io.kamdesk.application.activity.port.in.ExportActivityUseCase;
import io.kamdesk.application.activity.port.in.FindActivityEntryUseCase;
import io.kamdesk.application.activity.port.in.ListActivityQuery;
import io.kamdesk.application.activity.port.in.ListActivityUseCase;
import io.kamdesk.application.activity.port.in.RecordHistoryQuery;
import io.kamdesk.application.activity.port.in.RecordHistoryUseCase;
import io.kamdesk.application.activity.port.in.UserActivityQuery;
import io.kamdesk.application.activity.port.out.ActivityLogRepository;
import io.kamdesk.application.billing.port.in.ListBillsUseCase;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.crm.port.in.ListProspectsUseCase;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.application.shared.sheet.SheetExport;
import io.kamdesk.application.shared.sheet.TabularWriter.Column;
import io.kamdesk.application.shared.sheet.TabularWriter;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading and cleaning the activity log. A viewer who sees all records sees every entry; one who
 * sees their own sees their own entries. A record's history follows the record's own read rules.
 */
public final class ActivityService implements ListActivityUseCase, FindActivityEntryUseCase, ActivityStatsUseCase,
        CleanActivityLogUseCase, RecordHistoryUseCase, ExportActivityUseCase {

    private static final List<Column> COLUMNS = List.of(integer("id"), text("created_at"), integer("user_id"),
            text("username"), text("action"), text("resource"), integer("resource_id"), text("details"),
            text("ip_address"), text("user_agent"), text("request_id"));

    private final ActivityLogRepository log;
    private final ListCustomersUseCase customers;
    private final ListBillsUseCase bills;
    private final ListProspectsUseCase prospects;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final TabularWriter sheets;

    public ActivityService(ActivityLogRepository log, ListCustomersUseCase customers, ListBillsUseCase bills,
            ListProspectsUseCase prospects, Transactions transactions, BusinessCalendar calendar,
            TabularWriter sheets) {
        this.sheets = sheets;
        this.log = log;
        this.customers = customers;
        this.bills = bills;
        this.prospects = prospects;
        this.transactions = transactions;
        this.calendar = calendar;
    }

    @Override
    public void listActivity(ListActivityQuery query, ResultSink<ActivityEntryView> sink) {
        if (query.startDate().isPresent() && query.endDate().isPresent()
                && query.startDate().get().isAfter(query.endDate().get())) {
            throw new InvalidInputException(Map.of(InvalidInputException.WHOLE_INPUT, List.of(
                    Violation.of(Reason.RANGE_REVERSED, query.startDate().get(), query.endDate().get()))));
        }
        log.list(query, calendar.zone(), onlyOwn(query.viewer()), sink);
    }

    @Override
    public void exportActivity(ListActivityQuery query, FileFormat format, OutputStream out) {
        long rows = SheetExport.<ActivityEntryView>write(sheets, out, format, COLUMNS,
                sink -> listActivity(query, sink), ActivityService::row);
        log.record(ActivityAction.EXPORT_ACTIVITY_LOGS, ActivityResource.ACTIVITY_LOG, Map.of("rows", rows));
    }

    @Override
    public ActivityEntryView findActivityEntry(ActivityEntryQuery query) {
        return log.find(query.entryId(), onlyOwn(query.viewer()))
                .orElseThrow(() -> new NotFoundException(Subject.ACTIVITY_ENTRY));
    }

    @Override
    public ActivityStats activityStats(ActivityStatsQuery query) {
        long span = ActivityStatsQuery.DEFAULT_DAYS - 1L;
        LocalDate end = query.endDate().orElseGet(() -> query.startDate().map(start -> start.plusDays(span))
                .orElseGet(calendar::today));
        LocalDate start = query.startDate().orElse(end.minusDays(span));
        if (start.isAfter(end)) {
            throw new InvalidInputException(Map.of(InvalidInputException.WHOLE_INPUT, List.of(
                    Violation.of(Reason.RANGE_REVERSED, start, end))));
        }
        return log.stats(start, end, calendar.zone(), onlyOwn(query.viewer()), null);
    }

    @Override
    public ActivityStats userActivity(UserActivityQuery query) {
        if (query.days() < 1 || query.days() > UserActivityQuery.MAX_DAYS) {
            throw new InvalidInputException(Map.of("days", List.of(
                    Violation.of(Reason.OUT_OF_RANGE, 1, UserActivityQuery.MAX_DAYS))));
        }
        Long onlyOwn = onlyOwn(query.viewer());
        if (onlyOwn != null && onlyOwn != query.userId()) {
            throw new NotFoundException(Subject.USER);
        }
        LocalDate today = calendar.today();
        return log.stats(today.minusDays(query.days() - 1L), today, calendar.zone(), onlyOwn, query.userId());
    }

    @Override
    public long cleanActivityLog(CleanActivityLogCommand command) {
        if (command.daysToKeep() < CleanActivityLogCommand.MIN_DAYS
                || command.daysToKeep() > CleanActivityLogCommand.MAX_DAYS) {
            throw new InvalidInputException(Map.of("daysToKeep", List.of(Violation.of(Reason.OUT_OF_RANGE,
                    CleanActivityLogCommand.MIN_DAYS, CleanActivityLogCommand.MAX_DAYS))));
        }
        return transactions.inTransaction(() -> log.removeOlderThan(command.daysToKeep()));
    }

    @Override
    public void recordHistory(RecordHistoryQuery query, ResultSink<ActivityEntryView> sink) {
        Viewer viewer = query.viewer();
        switch (query.resource()) {
            case CUSTOMER -> customers.getCustomer(viewer, query.recordId());
            case BILL -> bills.getBill(viewer, query.recordId());
            case PROSPECT -> prospects.getProspect(viewer, query.recordId());
        }
        log.list(new ListActivityQuery(viewer, Optional.empty(), Optional.empty(),
                Optional.of(query.resource().resource()), Optional.of(query.recordId()), Optional.empty(),
                Optional.empty(), query.spec()), calendar.zone(), null, sink);
    }

    /** The user whose entries alone the viewer sees; null when they see every entry. */
    private static Long onlyOwn(Viewer viewer) {
        return viewer.seesAll() ? null : viewer.userId();
    }

    private static List<Object> row(ActivityEntryView entry) {
        return Arrays.asList(entry.id(), entry.createdAt().toString(), entry.userId(), entry.username(),
                entry.action(), entry.resource(), entry.resourceId(), entry.details(), entry.ipAddress(),
                entry.userAgent(), entry.requestId());
    }
}
