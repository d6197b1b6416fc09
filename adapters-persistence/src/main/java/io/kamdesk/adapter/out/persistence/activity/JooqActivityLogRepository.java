package io.kamdesk.adapter.out.persistence.activity;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.ACTIVITY_LOG;

import io.kamdesk.adapter.out.persistence.shared.ListQueries;
import io.kamdesk.application.activity.port.in.ActivityAction;
import io.kamdesk.application.activity.port.in.ActivityEntryView;
import io.kamdesk.application.activity.port.in.ActivityResource;
import io.kamdesk.application.activity.port.in.ActivitySortField;
import io.kamdesk.application.activity.port.in.ActivityStats;
import io.kamdesk.application.activity.port.in.ListActivityQuery;
import io.kamdesk.application.activity.port.out.ActivityLogRepository;
import io.kamdesk.application.shared.ActivityContext;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.JSONEntry;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.MDC;
import org.springframework.stereotype.Repository;

/**
 * The activity log in PostgreSQL. Changes to records are entered by the tables' triggers
 * (changelog 010); this adapter enters the other events through the same function, reads, counts,
 * and cleans through {@code activity_log_clean}, the one way entries leave the table.
 */
@Repository
public class JooqActivityLogRepository implements ActivityLogRepository {

    private static final Map<ActivitySortField, Field<?>> SORTABLE = Map.of(
            ActivitySortField.ID, ACTIVITY_LOG.ID,
            ActivitySortField.CREATED_AT, ACTIVITY_LOG.CREATED_AT,
            ActivitySortField.ACTION, ACTIVITY_LOG.ACTION,
            ActivitySortField.RESOURCE, ACTIVITY_LOG.RESOURCE,
            ActivitySortField.USERNAME, ACTIVITY_LOG.USERNAME);

    private final DSLContext dsl;
    private final ListQueries lists;

    public JooqActivityLogRepository(DSLContext dsl, ListQueries lists) {
        this.dsl = dsl;
        this.lists = lists;
    }

    @Override
    public void record(ActivityAction action, ActivityResource resource, Map<String, Object> details) {
        List<JSONEntry<?>> entries = new ArrayList<>(details.entrySet().stream()
                .<JSONEntry<?>>map(entry -> DSL.jsonEntry(entry.getKey(), DSL.val(entry.getValue())))
                .toList());
        // what an export was filtered by, or what else the request asked for, as the client sent it
        String query = MDC.get(ActivityContext.QUERY);
        if (query != null && !query.isEmpty() && !details.containsKey("query")) {
            entries.add(DSL.jsonEntry("query", DSL.val(query)));
        }
        dsl.execute("select activity_record({0}, {1}, null, {2})", DSL.val(action.code()), DSL.val(resource.code()),
                DSL.jsonbObject(entries));
    }

    @Override
    public void list(ListActivityQuery query, ZoneId zone, Long onlyUserId, ResultSink<ActivityEntryView> sink) {
        var select = entries()
                .where(own(onlyUserId))
                .and(query.userId().map(ACTIVITY_LOG.USER_ID::eq).orElse(DSL.noCondition()))
                .and(query.action().map(action -> ACTIVITY_LOG.ACTION.eq(action.code())).orElse(DSL.noCondition()))
                .and(query.resource().map(resource -> ACTIVITY_LOG.RESOURCE.eq(resource.code()))
                        .orElse(DSL.noCondition()))
                .and(query.resourceId().map(ACTIVITY_LOG.RESOURCE_ID::eq).orElse(DSL.noCondition()))
                .and(query.startDate().map(day -> ACTIVITY_LOG.CREATED_AT.ge(startOf(day, zone)))
                        .orElse(DSL.noCondition()))
                .and(query.endDate().map(day -> ACTIVITY_LOG.CREATED_AT.lt(startOf(day.plusDays(1), zone)))
                        .orElse(DSL.noCondition()))
                .and(ListQueries.search(query.spec(), ACTIVITY_LOG.USERNAME, ACTIVITY_LOG.ACTION, ACTIVITY_LOG.RESOURCE,
                        ACTIVITY_LOG.IP_ADDRESS, ACTIVITY_LOG.DETAILS.cast(SQLDataType.CLOB)));
        var ordering = ListQueries.ordering(query.spec(), SORTABLE,
                List.of(SortOrder.descending(ActivitySortField.ID)), ACTIVITY_LOG.ID);
        lists.stream(select, ordering, query.spec(), JooqActivityLogRepository::toView, sink);
    }

    @Override
    public Optional<ActivityEntryView> find(long id, Long onlyUserId) {
        return entries().where(ACTIVITY_LOG.ID.eq(id)).and(own(onlyUserId)).fetchOptional()
                .map(JooqActivityLogRepository::toView);
    }

    @Override
    public ActivityStats stats(LocalDate start, LocalDate end, ZoneId zone, Long onlyUserId, Long ofUserId) {
        Condition period = ACTIVITY_LOG.CREATED_AT.ge(startOf(start, zone))
                .and(ACTIVITY_LOG.CREATED_AT.lt(startOf(end.plusDays(1), zone)))
                .and(own(onlyUserId))
                .and(ofUserId == null ? DSL.noCondition() : ACTIVITY_LOG.USER_ID.eq(ofUserId));
        Field<Integer> count = DSL.count();
        long total = dsl.fetchCount(ACTIVITY_LOG, period);
        List<ActivityStats.Count> byAction = dsl.select(ACTIVITY_LOG.ACTION, count).from(ACTIVITY_LOG).where(period)
                .groupBy(ACTIVITY_LOG.ACTION).orderBy(count.desc(), ACTIVITY_LOG.ACTION)
                .fetch(row -> new ActivityStats.Count(row.value1(), row.value2()));
        List<ActivityStats.Count> byResource = dsl.select(ACTIVITY_LOG.RESOURCE, count).from(ACTIVITY_LOG)
                .where(period).groupBy(ACTIVITY_LOG.RESOURCE).orderBy(count.desc(), ACTIVITY_LOG.RESOURCE)
                .fetch(row -> new ActivityStats.Count(row.value1(), row.value2()));
        Field<String> name = DSL.max(ACTIVITY_LOG.USERNAME);
        List<ActivityStats.UserCount> byUser = dsl.select(ACTIVITY_LOG.USER_ID, name, count).from(ACTIVITY_LOG)
                .where(period).groupBy(ACTIVITY_LOG.USER_ID).orderBy(count.desc(), ACTIVITY_LOG.USER_ID)
                .fetch(row -> new ActivityStats.UserCount(row.value1(), row.value2(), row.value3()));
        Field<LocalDate> day = DSL.field("({0} at time zone {1})::date", SQLDataType.LOCALDATE,
                ACTIVITY_LOG.CREATED_AT, DSL.inline(zone.getId()));
        List<ActivityStats.DayCount> byDay = dsl.select(day, count).from(ACTIVITY_LOG).where(period)
                .groupBy(day).orderBy(day)
                .fetch(row -> new ActivityStats.DayCount(row.value1(), row.value2()));
        return new ActivityStats(start, end, total, byAction, byResource, byUser, byDay);
    }

    @Override
    public long removeOlderThan(int days) {
        return dsl.select(DSL.field("activity_log_clean({0})", SQLDataType.BIGINT, DSL.val(days))).fetchSingle()
                .value1();
    }

    private SelectJoinStep<Record> entries() {
        return dsl.select(List.<SelectField<?>>of(ACTIVITY_LOG.ID, ACTIVITY_LOG.USER_ID, ACTIVITY_LOG.USERNAME,
                ACTIVITY_LOG.ACTION, ACTIVITY_LOG.RESOURCE, ACTIVITY_LOG.RESOURCE_ID, ACTIVITY_LOG.DETAILS,
                ACTIVITY_LOG.IP_ADDRESS, ACTIVITY_LOG.USER_AGENT, ACTIVITY_LOG.REQUEST_ID, ACTIVITY_LOG.CREATED_AT))
                .from(ACTIVITY_LOG);
    }

    private static Condition own(Long onlyUserId) {
        return onlyUserId == null ? DSL.noCondition() : ACTIVITY_LOG.USER_ID.eq(onlyUserId);
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static ActivityEntryView toView(Record row) {
        JSONB details = row.get(ACTIVITY_LOG.DETAILS);
        return new ActivityEntryView(row.get(ACTIVITY_LOG.ID), row.get(ACTIVITY_LOG.USER_ID),
                row.get(ACTIVITY_LOG.USERNAME), row.get(ACTIVITY_LOG.ACTION), row.get(ACTIVITY_LOG.RESOURCE),
                row.get(ACTIVITY_LOG.RESOURCE_ID), details == null ? "{}" : ReadableDetails.of(details.data()),
                row.get(ACTIVITY_LOG.IP_ADDRESS), row.get(ACTIVITY_LOG.USER_AGENT), row.get(ACTIVITY_LOG.REQUEST_ID),
                row.get(ACTIVITY_LOG.CREATED_AT));
    }
}
