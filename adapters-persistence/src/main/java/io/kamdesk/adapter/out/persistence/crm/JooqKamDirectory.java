package io.kamdesk.adapter.out.persistence.crm;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.ROLE;

import io.kamdesk.application.crm.port.in.AssignableUserView;
import io.kamdesk.application.crm.port.out.KamDirectory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The users prospects and customers may be assigned to: any active user. */
@Repository
public class JooqKamDirectory implements KamDirectory {

    private final DSLContext dsl;

    public JooqKamDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Kam> findActive(long userId) {
        return findActive(APP_USER.ID.eq(userId));
    }

    @Override
    public Optional<Kam> findActiveByLogin(String usernameOrEmail) {
        String login = usernameOrEmail.strip().toLowerCase(Locale.ROOT);
        return findActive(DSL.lower(APP_USER.USERNAME).eq(login).or(APP_USER.EMAIL.eq(login)));
    }

    @Override
    public List<AssignableUserView> listActive() {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.EMAIL, APP_USER.FIRST_NAME, APP_USER.LAST_NAME,
                        ROLE.NAME)
                .from(APP_USER)
                .leftJoin(ROLE).on(ROLE.ID.eq(APP_USER.ROLE_ID))
                .where(APP_USER.IS_ACTIVE.isTrue())
                .orderBy(DSL.lower(APP_USER.USERNAME), APP_USER.ID)
                .fetch(row -> new AssignableUserView(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6()));
    }

    private Optional<Kam> findActive(Condition which) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.EMAIL)
                .from(APP_USER)
                .where(which)
                .and(APP_USER.IS_ACTIVE.isTrue())
                .limit(1)
                .fetchOptional(row -> new Kam(row.value1(), row.value2(), row.value3()));
    }
}
