package io.kamdesk.application.activity.port.in;

import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;

/** One user's activity over the last {@code days} days (today included). */
public record UserActivityQuery(Viewer viewer, long userId, int days) {

    public static final int MAX_DAYS = 3660;

    public UserActivityQuery {
        Objects.requireNonNull(viewer);
    }
}
