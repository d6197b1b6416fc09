package io.kamdesk.application.activity.port.out;

import io.kamdesk.application.activity.port.in.ActivityAction;
import io.kamdesk.application.activity.port.in.ActivityEntryView;
import io.kamdesk.application.activity.port.in.ActivityResource;
import io.kamdesk.application.activity.port.in.ActivityStats;
import io.kamdesk.application.activity.port.in.ListActivityQuery;
import io.kamdesk.application.shared.ResultSink;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The activity log. Changes to records are entered by the store itself, in their own transaction;
 * {@link #record} enters what changes no record (an export, a refused login). Entries are never
 * changed: {@link #removeOlderThan} is the only way out.
 */
public interface ActivityLogRepository {

    /** Enters an event of the acting user (see {@code ActivityContext}). */
    void record(ActivityAction action, ActivityResource resource, Map<String, Object> details);

    /** Days of the query are read in {@code zone}; {@code onlyUserId} (if not null) limits to one user's entries. */
    void list(ListActivityQuery query, ZoneId zone, Long onlyUserId, ResultSink<ActivityEntryView> sink);

    Optional<ActivityEntryView> find(long id, Long onlyUserId);

    /**
     * Counts of the entries of the days from {@code start} to {@code end} (both included, in
     * {@code zone}), of {@code ofUserId} alone when given.
     */
    ActivityStats stats(LocalDate start, LocalDate end, ZoneId zone, Long onlyUserId, Long ofUserId);

    long removeOlderThan(int days);
}
