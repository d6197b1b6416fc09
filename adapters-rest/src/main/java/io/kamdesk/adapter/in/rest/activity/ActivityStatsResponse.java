package io.kamdesk.adapter.in.rest.activity;

import io.kamdesk.application.activity.port.in.ActivityStats;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** How many entries a period holds, in all and by action, resource, user and day. */
@Schema(name = "ActivityStats")
record ActivityStatsResponse(LocalDate startDate, LocalDate endDate, long total, List<NameCount> byAction,
        List<NameCount> byResource, List<UserCount> byUser, List<DayCount> byDay) {

    @Schema(name = "ActivityCount")
    record NameCount(String name, long count) {
    }

    @Schema(name = "ActivityUserCount")
    record UserCount(Long userId, String username, long count) {
    }

    @Schema(name = "ActivityDayCount")
    record DayCount(LocalDate day, long count) {
    }

    static ActivityStatsResponse of(ActivityStats stats) {
        return new ActivityStatsResponse(stats.startDate(), stats.endDate(), stats.total(),
                stats.byAction().stream().map(count -> new NameCount(count.name(), count.count())).toList(),
                stats.byResource().stream().map(count -> new NameCount(count.name(), count.count())).toList(),
                stats.byUser().stream().map(count -> new UserCount(count.userId(), count.username(), count.count()))
                        .toList(),
                stats.byDay().stream().map(count -> new DayCount(count.day(), count.count())).toList());
    }
}
