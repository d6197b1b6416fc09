package io.kamdesk.adapter.out.persistence.crm;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PROSPECT_STATUS_CHANGE;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.ProspectRecord;
import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import java.util.List;
import org.jooq.Record;

/** Stored prospect row to domain prospect or list view, and a history row with its author's name. */
final class ProspectRowMapper {

    private ProspectRowMapper() {
    }

    static Prospect toProspect(ProspectRecord row) {
        ProspectDetails details = new ProspectDetails(row.getName(), row.getCompanyName(),
                row.getEmail() == null ? null : EmailAddress.of(row.getEmail()),
                row.getPhone() == null ? null : PhoneNumber.of(row.getPhone()), row.getAddress(),
                Money.of(row.getPotentialRevenue()), row.getContactPerson(), row.getSource(), row.getFollowUpDate(),
                row.getNotes());
        return Prospect.restore(row.getId(), details, ProspectStatus.fromCode(row.getStatus()), row.getOwnerId(),
                row.getCustomerId(), row.getCreatedAt(), row.getUpdatedAt());
    }

    /** The prospect as lists show it; the history is read separately, for detail reads only. */
    static ProspectView toView(ProspectRecord row) {
        return new ProspectView(row.getId(), row.getName(), row.getCompanyName(), row.getEmail(), row.getPhone(),
                row.getAddress(), Money.of(row.getPotentialRevenue()), row.getContactPerson(), row.getSource(),
                row.getFollowUpDate(), row.getNotes(), ProspectStatus.fromCode(row.getStatus()).code(),
                row.getOwnerId(), row.getCustomerId(), row.getCreatedAt(), row.getUpdatedAt(), List.of());
    }

    /** A status change left-joined with the user who made it (gone when that user was deleted). */
    static ProspectView.StatusChangeView toStatusChangeView(Record row) {
        String from = row.get(PROSPECT_STATUS_CHANGE.FROM_STATUS);
        return new ProspectView.StatusChangeView(from == null ? null : ProspectStatus.fromCode(from).code(),
                ProspectStatus.fromCode(row.get(PROSPECT_STATUS_CHANGE.TO_STATUS)).code(),
                row.get(PROSPECT_STATUS_CHANGE.CHANGED_BY), row.get(APP_USER.USERNAME),
                row.get(PROSPECT_STATUS_CHANGE.CHANGED_AT));
    }
}
