package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Subject;

/** Reads back what a write produced, as the caller may see it. */
final class ProspectViews {

    private ProspectViews() {
    }

    static ProspectView detail(ProspectRepository prospects, Viewer viewer, long id) {
        ProspectView view = prospects.findView(viewer, id).orElseThrow(ProspectViews::notFound);
        return withHistory(view, prospects);
    }

    static ProspectView withHistory(ProspectView view, ProspectRepository prospects) {
        return new ProspectView(view.id(), view.name(), view.companyName(), view.email(), view.phone(), view.address(),
                view.potentialRevenue(), view.contactPerson(), view.source(), view.followUpDate(), view.notes(),
                view.status(), view.salesPersonId(), view.customerId(), view.createdAt(), view.updatedAt(),
                prospects.history(view.id()));
    }

    static NotFoundException notFound() {
        return new NotFoundException(Subject.PROSPECT);
    }
}
