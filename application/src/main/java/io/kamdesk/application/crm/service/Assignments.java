package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import java.util.Objects;

/**
 * Who a prospect or customer belongs to. Users who see only their own records can only keep records
 * for themselves; others may name any active user.
 */
final class Assignments {

    private final KamDirectory kams;

    Assignments(KamDirectory kams) {
        this.kams = kams;
    }

    /**
     * The owner after this request: {@code current} when the field is absent (the actor for a new
     * record), else the requested user, who must be active and may only be someone else for users
     * who see every record. "Nobody" (a form's empty choice) from a user who sees only their own
     * records means themselves, the only owner they may give; for a new record that must have an
     * owner it means the actor too.
     */
    Long resolve(Viewer actor, Patch<Long> requested, Long current, boolean isNew, boolean nullable, String field,
            Subject what, FieldErrors errors) {
        if (!requested.isPresent()) {
            return isNew ? Long.valueOf(actor.userId()) : current;
        }
        Long wanted = requested.value();
        if (wanted == null && (!actor.seesAll() || isNew && !nullable)) {
            wanted = actor.userId();
        }
        if (!isNew && Objects.equals(wanted, current)) {
            return current;
        }
        if (!actor.seesAll() && !Objects.equals(wanted, actor.userId())) {
            throw new NotPermittedException(Refusal.ASSIGN_TO_SELF_ONLY, what);
        }
        if (wanted == null) {
            if (!nullable) {
                errors.add(field, Reason.NULL);
            }
            return null;
        }
        if (kams.findActive(wanted).isEmpty()) {
            errors.add(field, Reason.NO_ACTIVE_USER, wanted);
        }
        return wanted;
    }
}
