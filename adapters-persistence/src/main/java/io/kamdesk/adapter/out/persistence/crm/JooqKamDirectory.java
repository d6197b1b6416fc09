package io.kamdesk.adapter.out.persistence.crm;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;

import io.kamdesk.application.crm.port.out.KamDirectory;
import java.util.Optional;
import org.jooq.DSLContext;
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
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.EMAIL)
                .from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .and(APP_USER.IS_ACTIVE.isTrue())
                .fetchOptional(row -> new Kam(row.value1(), row.value2(), row.value3()));
    }
}
