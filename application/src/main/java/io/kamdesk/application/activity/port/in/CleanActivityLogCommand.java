package io.kamdesk.application.activity.port.in;

import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;

/** Removes the entries older than {@code daysToKeep} days; the cleaning is itself an entry. */
public record CleanActivityLogCommand(Viewer viewer, int daysToKeep) {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 36_500;

    public CleanActivityLogCommand {
        Objects.requireNonNull(viewer);
    }
}
