package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.CreateProspectUseCase;
import io.kamdesk.application.crm.port.in.ProspectCommand;
import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Subject;
import java.time.Instant;

/** Creates a prospect, status {@code new}, owned by its creator unless an all-seeing user names another. */
public final class CreateProspectService implements CreateProspectUseCase {

    private final ProspectRepository prospects;
    private final Assignments assignments;
    private final Transactions transactions;
    private final BusinessCalendar calendar;

    public CreateProspectService(ProspectRepository prospects, KamDirectory kams, Transactions transactions,
            BusinessCalendar calendar) {
        this.prospects = prospects;
        this.assignments = new Assignments(kams);
        this.transactions = transactions;
        this.calendar = calendar;
    }

    @Override
    public ProspectView createProspect(Viewer actor, ProspectCommand input) {
        return transactions.inTransaction(() -> {
            FieldErrors errors = new FieldErrors();
            ProspectDetails details = Forms.prospect(input, null, errors);
            Long owner = assignments.resolve(actor, input.salesPerson(), null, true, false, "salesPerson",
                    Subject.PROSPECT, errors);
            ProspectStatus status = input.status().isPresent()
                    ? errors.capture("status", () -> ProspectStatus.fromCode(input.status().value()))
                    : ProspectStatus.NEW;
            FollowUps.check(input.followUpDate(), null, calendar.today(), errors);
            errors.throwIfAny();

            Instant now = calendar.now();
            Prospect prospect = prospects.insert(Prospect.create(details, owner, calendar.today(), now));
            var change = prospect.statusChangeTo(status, actor.userId(), now);
            if (change.isPresent()) {
                prospect = prospect.withStatus(status, now);
                prospects.update(prospect);
                prospects.recordStatusChange(prospect.id(), change.get());
            }
            return ProspectViews.detail(prospects, actor, prospect.id());
        });
    }
}
