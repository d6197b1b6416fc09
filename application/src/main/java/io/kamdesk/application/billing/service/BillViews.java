package io.kamdesk.application.billing.service;

import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Subject;

/** Reads back a bill as the caller may see it. */
final class BillViews {

    private BillViews() {
    }

    static BillView view(BillRepository bills, Viewer viewer, long id) {
        return bills.findView(viewer, id).orElseThrow(BillViews::notFound);
    }

    static NotFoundException notFound() {
        return new NotFoundException(Subject.BILL);
    }
}
