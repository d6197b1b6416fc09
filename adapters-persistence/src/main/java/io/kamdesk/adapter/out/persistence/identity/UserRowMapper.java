package io.kamdesk.adapter.out.persistence.identity;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.ROLE;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.AppUserRecord;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import java.util.List;
import org.jooq.Record;
import org.jooq.SelectField;

/** Stored user row to domain user, and a user row joined with its role to the management view. */
final class UserRowMapper {

    /** What {@link #toView} reads: the user's columns except the password hash, and the role's name. */
    static final List<SelectField<?>> VIEW_FIELDS = List.of(APP_USER.ID, APP_USER.EMAIL, APP_USER.USERNAME,
            APP_USER.FIRST_NAME, APP_USER.LAST_NAME, APP_USER.ROLE_ID, ROLE.NAME, APP_USER.IS_ACTIVE,
            APP_USER.CREATED_AT, APP_USER.UPDATED_AT);

    private UserRowMapper() {
    }

    static User toUser(AppUserRecord row) {
        return User.restore(row.getId(), EmailAddress.of(row.getEmail()), Username.of(row.getUsername()),
                row.getPasswordHash(), row.getFirstName(), row.getLastName(), row.getRoleId(), row.getIsActive(),
                row.getCreatedAt(), row.getUpdatedAt());
    }

    /** A row selected with {@link #VIEW_FIELDS} from the user left-joined with its role. */
    static UserView toView(Record row) {
        return new UserView(row.get(APP_USER.ID), row.get(APP_USER.EMAIL), row.get(APP_USER.USERNAME),
                row.get(APP_USER.FIRST_NAME), row.get(APP_USER.LAST_NAME), row.get(APP_USER.ROLE_ID),
                row.get(ROLE.NAME), row.get(APP_USER.IS_ACTIVE), row.get(APP_USER.CREATED_AT),
                row.get(APP_USER.UPDATED_AT));
    }
}
