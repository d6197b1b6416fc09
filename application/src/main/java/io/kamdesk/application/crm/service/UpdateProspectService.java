package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.ProspectCommand;
import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.application.crm.port.in.UpdateProspectUseCase;
import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import java.time.Instant;

/**
 * Changes a prospect the caller may see. A status change is recorded in the history; only users who
 * see every record may hand a prospect to another KAM.
 */
public final class UpdateProspectService implements UpdateProspectUseCase {

    private final ProspectRepository prospects;
    private final Assignments assignments;
    private final Transactions transactions;
    private final BusinessCalendar calendar;

    public UpdateProspectService(ProspectRepository prospects, KamDirectory kams, Transactions transactions,
            BusinessCalendar calendar) {
        this.prospects = prospects;
        this.assignments = new Assignments(kams);
        this.transactions = transactions;
        this.calendar = calendar;
    }

    @Override
    public ProspectView updateProspect(Viewer actor, long prospectId, ProspectCommand input, boolean replace) {
        return transactions.inTransaction(() -> {
            Prospect prospect = prospects.findVisibleForUpdate(actor, prospectId)
                    .orElseThrow(ProspectViews::notFound);
            FieldErrors errors = new FieldErrors();
            if (replace && !input.name().isPresent()) {
                errors.add("name", Reason.REQUIRED);
            }
            ProspectDetails details = Forms.prospect(input, prospect.details(), errors);
            Long owner = assignments.resolve(actor, input.salesPerson(), prospect.ownerId().orElse(null), false,
                    false, "salesPerson", Subject.PROSPECT, errors);
            ProspectStatus status = input.status().isPresent()
                    ? errors.capture("status", () -> ProspectStatus.fromCode(input.status().value()))
                    : prospect.status();
            FollowUps.check(input.followUpDate(), prospect.details().followUpDate(), calendar.today(), errors);
            errors.throwIfAny();

            Instant now = calendar.now();
            Prospect updated = prospect.revise(details, calendar.today(), now);
            if (owner != null && !prospect.ownerId().map(owner::equals).orElse(false)) {
                updated = updated.reassign(owner, now);
            }
            var change = updated.statusChangeTo(status, actor.userId(), now);
            if (change.isPresent()) {
                updated = updated.withStatus(status, now);
                prospects.recordStatusChange(prospectId, change.get());
            }
            prospects.update(updated);
            return ProspectViews.detail(prospects, actor, prospectId);
        });
    }
}
