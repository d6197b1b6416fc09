package io.kamdesk.adapter.out.persistence.identity;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.AppUserRecord;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;

/** Stored user row to domain user. */
final class UserRowMapper {

    private UserRowMapper() {
    }

    static User toUser(AppUserRecord row) {
        return User.restore(row.getId(), EmailAddress.of(row.getEmail()), Username.of(row.getUsername()),
                row.getPasswordHash(), row.getFirstName(), row.getLastName(), row.getRoleId(), row.getIsActive(),
                row.getCreatedAt(), row.getUpdatedAt());
    }
}
