package io.kamdesk.application.activity.port.in;

/** Counts the entries of a period, and one user's recent activity. */
public interface ActivityStatsUseCase {

    ActivityStats activityStats(ActivityStatsQuery query);

    /** The user's entries of the last {@code days} days. */
    ActivityStats userActivity(UserActivityQuery query);
}
