package io.kamdesk.application.activity.port.in;

import java.time.LocalDate;
import java.util.List;

/** How many entries a period holds: in all, and by action, resource, user and day (most first, days in order). */
public record ActivityStats(LocalDate startDate, LocalDate endDate, long total, List<Count> byAction,
        List<Count> byResource, List<UserCount> byUser, List<DayCount> byDay) {

    public ActivityStats {
        byAction = List.copyOf(byAction);
        byResource = List.copyOf(byResource);
        byUser = List.copyOf(byUser);
        byDay = List.copyOf(byDay);
    }

    /** A count under a name (an action or a resource). */
    public record Count(String name, long count) {
    }

    /** A user's entries; {@code userId} null for entries of nobody signed in (failed logins). */
    public record UserCount(Long userId, String username, long count) {
    }

    public record DayCount(LocalDate day, long count) {
    }
}
