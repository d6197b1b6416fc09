package io.kamdesk.adapter.in.rest.crm;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kamdesk.application.crm.port.in.ProspectView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A prospect; money as a string with two decimals. {@code status_history} appears on detail
 * answers, oldest change first.
 */
record ProspectResponse(long id, String name, String companyName, String email, String phone, String address,
        String potentialRevenue, String contactPerson, String source, LocalDate followUpDate, String notes,
        String status, Long salesPerson, Long customer, Instant createdAt, Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<StatusChange> statusHistory) {

    static ProspectResponse summary(ProspectView view) {
        return of(view, null);
    }

    static ProspectResponse detail(ProspectView view) {
        return of(view, view.statusHistory().stream().map(change -> new StatusChange(change.fromStatus(),
                change.toStatus(), change.changedBy(), change.changedByUsername(), change.changedAt())).toList());
    }

    private static ProspectResponse of(ProspectView view, List<StatusChange> history) {
        return new ProspectResponse(view.id(), view.name(), view.companyName(), view.email(), view.phone(),
                view.address(), view.potentialRevenue().toString(), view.contactPerson(), view.source(),
                view.followUpDate(), view.notes(), view.status(), view.salesPersonId(), view.customerId(),
                view.createdAt(), view.updatedAt(), history);
    }

    record StatusChange(String fromStatus, String toStatus, Long changedBy, String changedByUsername,
            Instant changedAt) {
    }
}
