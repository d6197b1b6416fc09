package io.kamdesk.application.crm.service;

import io.kamdesk.application.shared.Patch;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Reason;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reports a follow-up date in the past together with the other field errors. The prospect itself
 * refuses one too; this only makes the answer complete in one round.
 */
final class FollowUps {

    private FollowUps() {
    }

    static void check(Patch<LocalDate> sent, LocalDate stored, LocalDate today, FieldErrors errors) {
        if (sent.isPresent() && sent.value() != null && !Objects.equals(sent.value(), stored)
                && sent.value().isBefore(today)) {
            errors.add("followUpDate", Reason.DATE_IN_PAST);
        }
    }
}
