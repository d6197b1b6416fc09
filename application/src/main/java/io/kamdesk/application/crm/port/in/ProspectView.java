package io.kamdesk.application.crm.port.in;

import io.kamdesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A prospect as the screens show it; {@code statusHistory} is filled on detail reads only. */
public record ProspectView(long id, String name, String companyName, String email, String phone, String address,
        Money potentialRevenue, String contactPerson, String source, LocalDate followUpDate, String notes,
        String status, Long salesPersonId, Long customerId, Instant createdAt, Instant updatedAt,
        List<StatusChangeView> statusHistory) {

    public ProspectView {
        statusHistory = List.copyOf(statusHistory);
    }

    /** One recorded status change. */
    public record StatusChangeView(String fromStatus, String toStatus, Long changedBy, String changedByUsername,
            Instant changedAt) {
    }
}
