package io.kamdesk.adapter.out.persistence.identity;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;

import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.shared.EmailAddress;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class JooqUserRepository implements UserRepository {

    /** Advisory lock key held while the first user is created ("KAMDESK1" as a number). */
    private static final long FIRST_USER_LOCK = 0x4B414D4445534B31L;

    private final DSLContext dsl;

    public JooqUserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<User> findById(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional().map(UserRowMapper::toUser);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return dsl.selectFrom(APP_USER).where(APP_USER.EMAIL.eq(email.value())).fetchOptional()
                .map(UserRowMapper::toUser);
    }

    @Override
    public boolean anyExists() {
        return dsl.fetchExists(APP_USER);
    }

    @Override
    public User insert(User user) {
        Long id = dsl.insertInto(APP_USER)
                .set(APP_USER.EMAIL, user.email().value())
                .set(APP_USER.USERNAME, user.username().value())
                .set(APP_USER.PASSWORD_HASH, user.passwordHash())
                .set(APP_USER.FIRST_NAME, user.firstName())
                .set(APP_USER.LAST_NAME, user.lastName())
                .set(APP_USER.ROLE_ID, user.roleId().orElse(null))
                .set(APP_USER.IS_ACTIVE, user.isActive())
                .set(APP_USER.CREATED_AT, user.createdAt())
                .set(APP_USER.UPDATED_AT, user.updatedAt())
                .returning(APP_USER.ID)
                .fetchSingle()
                .getId();
        return user.withId(id);
    }

    @Override
    public void lockFirstUserCreation() {
        dsl.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(FIRST_USER_LOCK))).fetch();
    }
}
