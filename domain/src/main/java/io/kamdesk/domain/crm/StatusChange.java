package io.kamdesk.domain.crm;

import java.time.Instant;
import java.util.Objects;

/** One step in a prospect's history: who moved it from which status to which, and when. */
public record StatusChange(ProspectStatus from, ProspectStatus to, Long changedBy, Instant changedAt) {

    public StatusChange {
        Objects.requireNonNull(to);
        Objects.requireNonNull(changedAt);
    }
}
